package io.sigillo.it.otp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Payara Micro running the same WAR against the same database as the Arquillian-managed
 * one: started from the {@code payara-micro.jar} and the options failsafe gives the tests ({@code
 * MICRO_JAR}, {@code MICRO_CMD_OPTIONS}, {@code EXTRA_MICRO_OPTIONS}), with the test JVM's
 * environment, so it sees the same {@code SIGILLO_*} configuration. {@code --nocluster}, like the
 * first: the replay and lockout guarantees are the database's conditional updates, not Hazelcast,
 * and an unclustered node cannot join a colleague's Micro on this machine. Also used by the holder
 * tests' ExpiryRemindersIT (the housekeeping lease).
 */
public final class SecondNode implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofSeconds(240);

  private final Process process;
  private final Path log;
  private final int port;
  private final Thread killer;

  private SecondNode(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
    // a test JVM that dies before @AfterAll must not leave a Micro behind
    this.killer = new Thread(process::destroyForcibly, "second-node-killer");
    Runtime.getRuntime().addShutdownHook(killer);
  }

  public static SecondNode start(Path war) {
    Path target = war.getParent();
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(words(System.getenv("MICRO_CMD_OPTIONS")));
    command.addAll(List.of("-jar", required("MICRO_JAR"), "--deploy", war.toString()));
    command.addAll(List.of("--port", String.valueOf(port), "--nocluster"));
    command.addAll(words(System.getenv("EXTRA_MICRO_OPTIONS")));
    Path log = target.resolve("second-node-" + port + ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      SecondNode node = new SecondNode(process, log, port);
      node.awaitReady();
      return node;
    } catch (IOException e) {
      throw new IllegalStateException("could not start the second Payara Micro", e);
    }
  }

  public int port() {
    return port;
  }

  private void awaitReady() {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the second Payara Micro exited: " + tail());
      }
      try {
        HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException(e);
      }
      sleep(1_000);
    }
    close();
    throw new IllegalStateException("the second Payara Micro was not ready in time: " + tail());
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return log
          + "\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return log.toString();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException e) {
      // already shutting down: the hook does the same
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> words(String value) {
    return value == null || value.isBlank()
        ? List.of()
        : Arrays.asList(value.strip().split("\\s+"));
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (micro/pom.xml, failsafe)");
    }
    return value;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
