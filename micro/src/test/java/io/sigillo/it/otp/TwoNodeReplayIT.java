package io.sigillo.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.RegisteredApps;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replay protection and lockout across two application nodes: the Arquillian-managed Payara Micro
 * and a {@link SecondNode} running the same WAR on the same PostgreSQL database, both unclustered,
 * so the database's conditional updates are the only thing the nodes share. Every request goes
 * through {@code /api/otp/validate} with a tenant back-end's bearer token, alternately to each
 * node, released together by a start gate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoNodeReplayIT {

  private static final int THREADS_PER_NODE = 8;
  private static final int HOTP_ROUNDS = 5;
  private static final int THRESHOLD = 5;
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
  private static final Pattern REASON = Pattern.compile("\"reason\":\"([A-Z_]+)\"");
  private static final Pattern REMAINING = Pattern.compile("\"remainingAttempts\":(\\d+)");
  private static final Pattern LOCKED_NOW = Pattern.compile("\"lockedNow\":(true|false)");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static SecondNode second;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @BeforeAll
  static void startSecondNode() {
    second = SecondNode.start(Path.of(System.getProperty("sigillo.it.war")));
  }

  @AfterAll
  static void stopSecondNode() {
    if (second != null) {
      second.close();
    }
  }

  /**
   * Node 0 is the Micro the client-side classes share; one of them may have moved its platform
   * clock. The second node starts at real time, so node 0 must too: a failure stamped by a node
   * ahead would make the other one answer DELAYED.
   */
  @BeforeEach
  void bothNodesAtRealTime() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      platform.realTime();
    }
  }

  @Test
  void theSameCodeSentFromManyThreadsToBothNodesIsAcceptedExactlyOnce() throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("replay2", "Replay Due", "#102030", "#405060");
    try (TenantClient backEnd = new TenantClient(base, tenant.slug())) {
      Api api = new Api(tenant, backEnd.serviceToken());
      String seed = randomBase32();
      OtpApp token = OtpApp.fromBase32(seed);
      long hotp = api.registerToken(0, "rita.blu", seed);
      // confirmation is a compare-and-set too: registered on the first node, confirmed on the
      // second
      assertThat(api.post(1, "/api/otp/devices/" + hotp + "/confirm", code(token.hotp(0))))
          .contains("\"status\":\"ACCEPTED\"");

      Set<Integer> winners = new HashSet<>();
      for (long counter = 1; counter <= HOTP_ROUNDS; counter++) {
        List<Outcome> round = api.burst(validation(hotp, token.hotp(counter)));
        assertExactlyOneAcceptedAndTheRestReplayed(round, "HOTP counter " + counter);
        round.stream()
            .filter(o -> o.status().equals("ACCEPTED"))
            .forEach(o -> winners.add(o.node()));
      }
      // replays are not failures: nothing was counted against the device on either node
      assertThat(api.get(0, "/api/otp/devices/" + hotp))
          .contains("\"loginFailures\":0", "\"locked\":false");

      // rita's app, associated earlier (only she could enrol it, at level 2, in her portal)
      OtpApp app = OtpApp.fromBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
      long totp =
          RegisteredApps.insert(
              tenant.slug(),
              "rita.blu",
              OtpApp.base32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
              "SHA1",
              6,
              30);
      List<Outcome> round = api.burst(validation(totp, app.totp(Instant.now())));
      assertExactlyOneAcceptedAndTheRestReplayed(round, "TOTP");
      System.out.println(
          "TwoNodeReplayIT: "
              + (HOTP_ROUNDS + 1)
              + " rounds of "
              + 2 * THREADS_PER_NODE
              + " requests; HOTP rounds won on node(s) "
              + winners);
    }
  }

  @Test
  void failuresSpreadOverBothNodesLockTheDeviceAtExactlyTheThreshold() throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("lock2", "Lock Due", "#102030", "#405060");
    // no delay between failures, so the count and not the clock decides every answer
    withoutDelays(tenant);
    try (TenantClient backEnd = new TenantClient(base, tenant.slug())) {
      Api api = new Api(tenant, backEnd.serviceToken());

      // one failure at a time, alternating nodes: the count carries over exactly
      String seed = randomBase32();
      OtpApp token = OtpApp.fromBase32(seed);
      long device = api.activeToken("sara.viola", seed, token);
      String wrong = wrongCode(token);
      for (int failure = 1; failure <= THRESHOLD; failure++) {
        Outcome outcome =
            Outcome.of(
                failure % 2, api.post(failure % 2, "/api/otp/validate", validation(device, wrong)));
        assertThat(outcome.status()).as("failure " + failure).isEqualTo("REJECTED");
        assertThat(outcome.reason()).isEqualTo("NO_MATCH");
        assertThat(outcome.remaining()).as("failure " + failure).isEqualTo(THRESHOLD - failure);
        assertThat(outcome.lockedNow()).as("failure " + failure).isEqualTo(failure == THRESHOLD);
      }
      for (int node = 0; node < 2; node++) {
        assertThat(api.post(node, "/api/otp/validate", validation(device, token.hotp(1))))
            .as("a valid code on a locked device, node " + node)
            .contains("\"status\":\"LOCKED\"");
        assertThat(api.get(node, "/api/otp/devices/" + device))
            .contains("\"locked\":true", "\"loginFailures\":" + THRESHOLD);
      }
      // unlocked on one node, usable at once on the other
      assertThat(
              api.post(
                  1,
                  "/api/otp/devices/" + device + "/unlock",
                  "{\"reason\":\"IT: identity checked\"}"))
          .contains("\"locked\":false");
      assertThat(api.post(0, "/api/otp/validate", validation(device, token.hotp(1))))
          .contains("\"status\":\"ACCEPTED\"");

      // all at once on both nodes: exactly the threshold is counted, every other guess is LOCKED
      String burstSeed = randomBase32();
      OtpApp burstToken = OtpApp.fromBase32(burstSeed);
      long burstDevice = api.activeToken("sara.viola", burstSeed, burstToken);
      List<Outcome> burst = api.burst(validation(burstDevice, wrongCode(burstToken)));
      List<Outcome> counted = burst.stream().filter(o -> o.status().equals("REJECTED")).toList();
      assertThat(counted).allSatisfy(o -> assertThat(o.reason()).isEqualTo("NO_MATCH"));
      assertThat(burst.stream().filter(o -> !o.status().equals("REJECTED")))
          .allSatisfy(o -> assertThat(o.status()).isEqualTo("LOCKED"));
      assertThat(counted).as("failures counted in a burst").hasSize(THRESHOLD);
      List<Integer> remaining = new ArrayList<>(counted.stream().map(Outcome::remaining).toList());
      Collections.sort(remaining);
      List<Integer> expected =
          new ArrayList<>(Collections.nCopies(counted.size() - THRESHOLD + 1, 0));
      for (int left = 1; left < THRESHOLD; left++) {
        expected.add(left);
      }
      assertThat(remaining).as("attempts left, one answer per count").isEqualTo(expected);
      assertThat(counted).allSatisfy(o -> assertThat(o.lockedNow()).isEqualTo(o.remaining() == 0));
      assertThat(api.get(1, "/api/otp/devices/" + burstDevice))
          .contains("\"locked\":true", "\"loginFailures\":" + counted.size());
      System.out.println(
          "TwoNodeReplayIT: burst of "
              + burst.size()
              + " wrong codes: "
              + counted.size()
              + " counted (threshold "
              + THRESHOLD
              + "), "
              + (burst.size() - counted.size())
              + " LOCKED");
    }
  }

  private static void assertExactlyOneAcceptedAndTheRestReplayed(List<Outcome> round, String what) {
    assertThat(round).hasSize(2 * THREADS_PER_NODE);
    assertThat(round.stream().filter(o -> o.status().equals("ACCEPTED")).count())
        .as(what + ": " + round)
        .isEqualTo(1);
    assertThat(round.stream().filter(o -> !o.status().equals("ACCEPTED")))
        .as(what)
        .allSatisfy(
            o -> {
              assertThat(o.status()).isEqualTo("REJECTED");
              assertThat(o.reason()).isEqualTo("REPLAYED");
            });
  }

  private static String validation(long device, String code) {
    return "{\"deviceId\":" + device + ",\"purpose\":\"LOGIN\",\"code\":\"" + code + "\"}";
  }

  private static String code(String code) {
    return "{\"code\":\"" + code + "\"}";
  }

  /**
   * Six digits that no press of the token gives, within the look-ahead or the wider range where a
   * code is diagnosed as the token pressed ahead (TOKEN_AHEAD, not counted as a wrong code).
   */
  private static String wrongCode(OtpApp token) {
    Set<String> near = new HashSet<>();
    for (long counter = 0; counter <= 2100; counter++) {
      near.add(token.hotp(counter));
    }
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!near.contains(code)) {
        return code;
      }
    }
  }

  private static String randomBase32() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    SecureRandom random = new SecureRandom();
    StringBuilder seed = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      seed.append(alphabet.charAt(random.nextInt(32)));
    }
    return seed.toString();
  }

  private static void withoutDelays(TestTenants.Tenant tenant) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("sigillo.it.db.url"),
                System.getProperty("sigillo.it.db.user"),
                "");
        PreparedStatement ps =
            c.prepareStatement(
                "insert into otp_policy (tenant_id, login_totp_window_steps, login_hotp_look_ahead,"
                    + " login_lockout_threshold, login_first_delay_seconds,"
                    + " login_self_unlocks_per_30_days, sign_totp_window_steps,"
                    + " sign_hotp_look_ahead, sign_lockout_threshold, sign_first_delay_seconds,"
                    + " sign_self_unlocks_per_30_days, drift_cap_steps, diagnostic_window_seconds,"
                    + " resync_hotp_window, resync_totp_steps, resync_third_code_beyond,"
                    + " updated_at) values (?, 1, 10, ?, 0, 3, 1, 10, ?, 0, 3, 2, 600, 1000, 120,"
                    + " 10000, now())")) {
      ps.setString(1, tenant.slug());
      ps.setInt(2, THRESHOLD);
      ps.setInt(3, THRESHOLD);
      ps.executeUpdate();
    }
  }

  private static String group(String pattern, String body) {
    Matcher matcher = Pattern.compile(pattern).matcher(body);
    assertThat(matcher.find()).as(pattern + " in " + body).isTrue();
    return matcher.group(1);
  }

  /** One answer of {@code /api/otp/validate}, and the node (0 or 1) that gave it. */
  record Outcome(int node, String status, String reason, int remaining, boolean lockedNow) {

    static Outcome of(int node, String body) {
      Matcher reason = REASON.matcher(body);
      return new Outcome(
          node,
          group(STATUS.pattern(), body),
          reason.find() ? reason.group(1) : null,
          Integer.parseInt(group(REMAINING.pattern(), body)),
          Boolean.parseBoolean(group(LOCKED_NOW.pattern(), body)));
    }
  }

  /** The OTP API of one tenant on both nodes: node 0 is Arquillian's, node 1 the second one. */
  private final class Api {

    private final TestTenants.Tenant tenant;
    private final String token;

    Api(TestTenants.Tenant tenant, String token) {
      this.tenant = tenant;
      this.token = token;
    }

    private URI uri(int node, String path) {
      int port = node == 0 ? base.getPort() : second.port();
      return URI.create("http://127.0.0.1:" + port + base.getPath().replaceAll("/$", "") + path);
    }

    private HttpRequest.Builder request(int node, String path) {
      int port = node == 0 ? base.getPort() : second.port();
      return HttpRequest.newBuilder(uri(node, path))
          .timeout(Duration.ofSeconds(60))
          .header("Host", tenant.host() + ":" + port)
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + token);
    }

    String post(int node, String path, String json) {
      return send(
          request(node, path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build());
    }

    String get(int node, String path) {
      return send(request(node, path).GET().build());
    }

    private String send(HttpRequest request) {
      try {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
            .as(request.uri() + " " + response.body())
            .isBetween(200, 201);
        return response.body();
      } catch (IOException e) {
        throw new IllegalStateException(request.uri().toString(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    long registerToken(int node, String owner, String seed) {
      String serial = "TN-" + UUID.randomUUID();
      String body =
          post(
              node,
              "/api/otp/devices/hotp",
              "{\"owner\":\""
                  + owner
                  + "\",\"serial\":\""
                  + serial
                  + "\",\"base32Secret\":\""
                  + seed
                  + "\",\"nextCounter\":0}");
      return Long.parseLong(group("\"id\":(\\d+)", body));
    }

    /** Registered on one node, confirmed with counter 0 on the other: next expected counter 1. */
    long activeToken(String owner, String seed, OtpApp codes) {
      long id = registerToken(0, owner, seed);
      assertThat(post(1, "/api/otp/devices/" + id + "/confirm", code(codes.hotp(0))))
          .contains("\"status\":\"ACCEPTED\"");
      return id;
    }

    /** The same body from {@link #THREADS_PER_NODE} threads per node, released together. */
    List<Outcome> burst(String json) throws Exception {
      int total = 2 * THREADS_PER_NODE;
      ExecutorService pool = Executors.newFixedThreadPool(total);
      try {
        CountDownLatch ready = new CountDownLatch(total);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < total; i++) {
          int node = i % 2;
          HttpRequest request =
              request(node, "/api/otp/validate")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build();
          futures.add(
              pool.submit(
                  () -> {
                    ready.countDown();
                    go.await();
                    return Outcome.of(node, send(request));
                  }));
        }
        ready.await();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
          outcomes.add(future.get());
        }
        return outcomes;
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
