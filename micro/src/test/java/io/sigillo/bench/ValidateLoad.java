package io.sigillo.bench;

import com.sun.management.OperatingSystemMXBean;
import io.sigillo.it.support.OtpApp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives {@code POST /api/otp/validate} on loopback with a fixed number of clients, each sending
 * its next request as soon as the last one is answered (closed loop), for a warm-up and then a
 * measured period, with a cap on requests. Every request presents the next valid code of an HOTP
 * device the client owns alone, so every answer should be ACCEPTED after the conditional UPDATE of
 * the device row: the path a login takes. Devices are picked at random among the client's share of
 * the id range, and the next counter of each is read from the database first, so runs can follow
 * one another on the same data.
 *
 * <pre>
 * ValidateLoad BASE_URL HOST TOKEN_URL CLIENT_ID CLIENT_SECRET CLIENTS WARMUP_S MEASURE_S
 *              FIRST_DEVICE DEVICE_COUNT MAX_REQUESTS [floor]
 * </pre>
 *
 * With {@code floor}, every request is the same call without its code, which the resource refuses
 * with a catalogued 400 before the registry is called: the cost of the stack in front of the
 * registry (HTTP, tenant resolution, bearer-token check, JAX-RS, JSON), measured the same way, so
 * the registry's own share shows as the difference.
 *
 * <p>Prints one line of {@code key=value} figures (throughput over the measured period, latency
 * percentiles in milliseconds, answers other than ACCEPTED by status).
 */
public final class ValidateLoad {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

  private ValidateLoad() {}

  public static void main(String[] args) throws Exception {
    URI validate = URI.create(args[0].replaceAll("/$", "") + "/api/otp/validate");
    String host = args[1];
    String token = token(args[2], args[3], args[4]);
    int clients = Integer.parseInt(args[5]);
    long warmup = Duration.ofSeconds(Long.parseLong(args[6])).toNanos();
    long measure = Duration.ofSeconds(Long.parseLong(args[7])).toNanos();
    long first = Long.parseLong(args[8]);
    int count = Integer.parseInt(args[9]);
    long maxRequests = Long.parseLong(args[10]);
    boolean floor = args.length > 11 && args[11].equals("floor");
    String expected = floor ? "HTTP 400" : "ACCEPTED";
    long[] next = nextCounters(first, count);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    int perClientCap = (int) Math.min(Integer.MAX_VALUE - 8, maxRequests / clients + 1);
    long[][] latencies = new long[clients][];
    int[] recorded = new int[clients];
    LongAdder sent = new LongAdder();
    Map<String, LongAdder> others = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    long measureFrom = start + warmup;
    long end = measureFrom + measure;
    for (int c = 0; c < clients; c++) {
      int client = c;
      latencies[c] = new long[Math.min(perClientCap, 2_000_000)];
      Thread thread =
          new Thread(
              () -> {
                SplittableRandom random = new SplittableRandom(client * 7919L + 1);
                // this client's devices: every clients-th id of the range, never shared
                int owned = (count - client + clients - 1) / clients;
                try {
                  while (true) {
                    long now = System.nanoTime();
                    if (now >= end || sent.sum() >= maxRequests) {
                      break;
                    }
                    int index = client + clients * random.nextInt(owned);
                    long device = first + index;
                    String code = floor ? null : hotp(device, next[index]++);
                    HttpRequest request =
                        HttpRequest.newBuilder(validate)
                            .timeout(Duration.ofSeconds(30))
                            .header("Host", host)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"deviceId\":"
                                        + device
                                        + ",\"purpose\":\"LOGIN\""
                                        + (code == null ? "" : ",\"code\":\"" + code + "\"")
                                        + "}"))
                            .build();
                    long t0 = System.nanoTime();
                    String status;
                    try {
                      HttpResponse<String> response =
                          http.send(request, HttpResponse.BodyHandlers.ofString());
                      Matcher m = STATUS.matcher(response.body());
                      status =
                          response.statusCode() == 200 && m.find()
                              ? m.group(1)
                              : "HTTP " + response.statusCode();
                    } catch (IOException e) {
                      status = e.getClass().getSimpleName();
                    }
                    long t1 = System.nanoTime();
                    sent.increment();
                    if (t0 >= measureFrom
                        && t1 <= end
                        && recorded[client] < latencies[client].length) {
                      latencies[client][recorded[client]++] = t1 - t0;
                      if (!status.equals(expected)) {
                        others.computeIfAbsent(status, s -> new LongAdder()).increment();
                      }
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "load-" + c);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    // the load generator shares the machine's cores with the server and the database
    double clientCpuMs = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, sent.sum());
    int total = Arrays.stream(recorded).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, recorded[c]);
      at += recorded[c];
    }
    Arrays.sort(all);
    long notAccepted = others.values().stream().mapToLong(LongAdder::sum).sum();
    Map<String, Long> byStatus = new TreeMap<>();
    others.forEach((k, v) -> byStatus.put(k.replace(' ', '_'), v.sum()));
    System.out.printf(
        Locale.ROOT,
        "clients=%d sent=%d measured_s=%.1f requests=%d expected=%d unexpected=%d tps=%.1f p50_ms=%.2f"
            + " p90_ms=%.2f p99_ms=%.2f max_ms=%.2f client_cpu_ms_per_request=%.3f others=%s%n",
        clients,
        sent.sum(),
        measure / 1e9,
        total,
        total - notAccepted,
        notAccepted,
        total / (measure / 1e9),
        percentile(all, 0.50),
        percentile(all, 0.90),
        percentile(all, 0.99),
        total == 0 ? 0 : all[total - 1] / 1e6,
        clientCpuMs,
        byStatus);
    System.exit(0);
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static String hotp(long device, long counter) {
    return OtpApp.of(BenchSecrets.seed(device)).hotp(counter);
  }

  /** The next counter of each device in the range: one past the last accepted. */
  private static long[] nextCounters(long first, int count) throws SQLException {
    long[] next = new long[count];
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user", "postgres"),
                "");
        PreparedStatement ps =
            c.prepareStatement(
                "select id, last_accepted from otp_device where id >= ? and id < ?")) {
      ps.setLong(1, first);
      ps.setLong(2, first + count);
      ps.setFetchSize(10_000);
      c.setAutoCommit(false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          next[(int) (rs.getLong(1) - first)] = rs.getLong(2) + 1;
        }
      }
    }
    return next;
  }

  private static String token(String url, String clientId, String secret)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id="
                                + clientId
                                + "&client_secret="
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
