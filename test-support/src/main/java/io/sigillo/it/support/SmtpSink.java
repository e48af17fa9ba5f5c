package io.sigillo.it.support;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough SMTP for the application's sender (no TLS, no authentication): accepts every message
 * and hands it to the test. Failsafe gives every IT class the same mail port, so it waits for a
 * port another class's server is still releasing.
 */
public final class SmtpSink implements AutoCloseable {

  /** A message as received. */
  public record Mail(List<String> recipients, String subject, String body) {}

  private final ServerSocket server;
  private final BlockingQueue<Mail> received = new LinkedBlockingQueue<>();
  private final Thread acceptor;

  private SmtpSink(ServerSocket server) {
    this.server = server;
    this.acceptor = new Thread(this::serve, "it-smtp-sink");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static SmtpSink onConfiguredPort() throws IOException, InterruptedException {
    int port = Integer.parseInt(System.getenv("SIGILLO_MAIL_PORT"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      try {
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new SmtpSink(socket);
      } catch (BindException e) {
        socket.close();
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  public boolean nothingReceived() {
    return received.isEmpty();
  }

  /** The next message; waits up to 15 s for it. */
  public Mail next() throws InterruptedException {
    Mail mail = received.poll(15, TimeUnit.SECONDS);
    if (mail == null) {
      throw new AssertionError("no e-mail arrived");
    }
    return mail;
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        converse(client);
      } catch (SocketException closed) {
        return;
      } catch (Exception e) {
        throw new IllegalStateException("SMTP sink failed", e);
      }
    }
  }

  private void converse(Socket client) throws Exception {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
    OutputStream out = client.getOutputStream();
    reply(out, "220 it-smtp-sink");
    List<String> recipients = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("RCPT TO:")) {
        recipients.add(line.substring(8).replaceAll("[<>\\s]", ""));
        reply(out, "250 ok");
      } else if (command.equals("DATA")) {
        reply(out, "354 go on");
        received.add(parse(recipients, data(in)));
        recipients = new ArrayList<>();
        reply(out, "250 queued");
      } else if (command.equals("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 ok");
      }
    }
  }

  private static String data(BufferedReader in) throws IOException {
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return data.toString();
  }

  private static Mail parse(List<String> recipients, String data) throws Exception {
    MimeMessage message =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(data.getBytes(StandardCharsets.ISO_8859_1)));
    return new Mail(
        List.copyOf(recipients), message.getSubject(), String.valueOf(message.getContent()));
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws Exception {
    server.close();
    acceptor.join(5_000);
  }
}
