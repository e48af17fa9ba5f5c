package io.sigillo.bench;

import io.sigillo.it.support.OtpApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warms Sigillo's side of the level-2 step before {@code scripts/bench-level-two.sh} measures: the
 * two calls Keycloak's step makes per login ({@code GET …/methods}, {@code POST …/app-code} with a
 * valid code), with its client-credentials token, on persons outside the benchmark ({@link
 * LoginBenchData#warmUsername}). A production Sigillo is warm; a fresh JVM spends its first minutes
 * compiling, which would otherwise be billed to the logins measured. Keycloak's side warms with the
 * benchmark's own warm-up logins.
 *
 * <pre>
 * LevelTwoWarmup SIGILLO_URL KEYCLOAK_URL TENANT WARM_USERS SECONDS CLIENTS
 * </pre>
 *
 * The client secret is {@code SIGILLO_LEVEL_TWO_SECRET}, else the development one. Each warm person
 * is sent one valid code per 30-second step (the registry would refuse a second as a replay);
 * between those the clients ask for methods.
 */
public final class LevelTwoWarmup {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final Pattern CHECK = Pattern.compile("\"check\":\"([A-Z_]+)\"");

  private LevelTwoWarmup() {}

  public static void main(String[] args) throws Exception {
    String sigillo = args[0].replaceAll("/$", "");
    String keycloak = args[1].replaceAll("/$", "");
    String tenant = args[2];
    int users = Integer.parseInt(args[3]);
    double seconds = Long.parseLong(args[4]);
    long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
    int clients = Integer.parseInt(args[5]);
    String secret =
        System.getenv().getOrDefault("SIGILLO_LEVEL_TWO_SECRET", "sigillo-level-two-dev-secret");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String token = token(http, keycloak, secret);
    long[] lastStep = new long[users + 1];
    AtomicInteger next = new AtomicInteger();
    Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    int i = 1 + Math.floorMod(next.getAndIncrement(), users);
                    String base =
                        sigillo
                            + "/api/level-two/"
                            + tenant
                            + "/persons/"
                            + LoginBenchData.warmUsername(i)
                            + "/";
                    HttpRequest.Builder request =
                        HttpRequest.newBuilder(URI.create(base + "methods"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .header("Accept-Language", "it");
                    String kind = "methods";
                    synchronized (lastStep) {
                      long step = Instant.now().getEpochSecond() / 30;
                      if (lastStep[i] < step) {
                        lastStep[i] = step;
                        String code =
                            OtpApp.of(LoginBenchData.warmKey(i).getBytes(StandardCharsets.US_ASCII))
                                .totp(Instant.now());
                        request =
                            HttpRequest.newBuilder(URI.create(base + "app-code"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .header("Accept-Language", "it")
                                .header("Content-Type", "application/json")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        "{\"code\":\"" + code + "\"}"));
                        kind = "app-code";
                      }
                    }
                    String answer;
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                      Matcher check = CHECK.matcher(response.body());
                      answer =
                          kind
                              + " "
                              + (response.statusCode() == 200 && check.find()
                                  ? check.group(1)
                                  : "HTTP " + response.statusCode());
                    } catch (java.io.IOException e) {
                      answer = kind + " " + e.getClass().getSimpleName();
                    }
                    nanos.computeIfAbsent(kind, k -> new LongAdder()).add(System.nanoTime() - t0);
                    counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
                    answers.computeIfAbsent(answer, k -> new LongAdder()).increment();
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "warm-" + c);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    Map<String, Long> summary = new TreeMap<>();
    answers.forEach((k, v) -> summary.put(k.replace(' ', '_'), v.sum()));
    long calls = summary.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        java.util.Locale.ROOT,
        "sigillo_warmup calls=%d calls_per_s=%.1f app_code_ms_mean=%.1f methods_ms_mean=%.1f answers=%s%n",
        calls,
        calls / seconds,
        mean(nanos.get("app-code"), counts.get("app-code")),
        mean(nanos.get("methods"), counts.get("methods")),
        summary);
    System.exit(0);
  }

  private static double mean(LongAdder nanos, LongAdder count) {
    return nanos == null || count.sum() == 0 ? Double.NaN : nanos.sum() / 1e6 / count.sum();
  }

  private static String token(HttpClient http, String keycloak, String secret) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/sigillo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=sigillo-level-two&client_secret="
                            + secret))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }
}
