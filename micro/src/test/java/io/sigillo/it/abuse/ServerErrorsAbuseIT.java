package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Form;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, items 7, 8 and "GET /error answers 500": requests that used to end in HTTP 500. A form
 * posted after its session ended, or with a forged view state, gets the catalogued "session
 * expired" page (SIG-050, 400) with a link back; {@code /error} asked for directly is a 404; and
 * simultaneous identical writes (a double-clicked guide vote, two creations of one tenant, several
 * saves of one OTP policy) are decided by the database's unique indexes: never a 500, one row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerErrorsAbuseIT {

  private static final String GUIDE = "/guides/guide.xhtml?slug=phone-clock";
  private static final int SIMULTANEOUS = 8;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void theErrorPathAskedForDirectlyIsACataloguedNotFound() {
    TestTenants.Tenant tenant = TestTenants.active("err", "Errori Srl", "#102030", "#405060");
    HttpResponse<String> page = Http.get(base, "/error", tenant.host(), "Accept", "text/html");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(404);
    assertThat(page.body()).contains("SIG-001", "correlation-id").doesNotContain("Exception");
    HttpResponse<String> json =
        Http.get(base, "/error", tenant.host(), "Accept", "application/json");
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).contains("\"code\":\"SIG-001\"", "\"correlationId\":\"");
  }

  @Test
  void aFormPostedAfterItsSessionEndedOrWithAForgedViewStateGetsTheSessionExpiredPage() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = Account.uniqueName("errvs");
      String host = platform.createTenant(slug, "Pagine Scadute", "#102030", "#405060");
      String person = Account.uniqueName("mario");
      platform.createAccount(slug, person, "user");
      HttpBrowser browser = new HttpBrowser(base, host);
      browser.signIn(browser.open("/account/"), person, Account.PASSWORD);
      Page guide = browser.open(GUIDE);
      assertThat(guide.status()).as(guide.body()).isEqualTo(200);
      Form vote = browser.form(guide, "feedback", Map.of("rating", "4"), "vote");

      // forged or garbled view states, in a live session
      for (String forged :
          List.of(
              "garbage",
              "stateless",
              "1:2",
              "-4242424242424242:-4242424242424242",
              "::",
              "",
              "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAC",
              "x".repeat(5000))) {
        Map<String, String> fields = new LinkedHashMap<>(vote.fields());
        fields.put("jakarta.faces.ViewState", forged);
        assertSessionExpiredPage(browser.post(vote.action(), fields), "forged " + forged.length());
      }
      assertThat(Database.count("select count(*) from guide_feedback where tenant_id = ?", slug))
          .as("no forged post voted")
          .isZero();

      // the same form from a browser whose session cookie is gone (expired, cleared)
      HttpBrowser expired = new HttpBrowser(base, host);
      expired.setCookie(host, "lang", "en");
      Page english = expired.post(vote.action(), vote.fields());
      assertSessionExpiredPage(english, "fresh cookie jar");
      assertThat(english.body()).contains("Session expired", "was not saved");

      // the same form after signing out: the session is gone
      browser.open("/logout");
      Page afterLogout = browser.post(vote.action(), vote.fields());
      assertSessionExpiredPage(afterLogout, "after logout");
      assertThat(afterLogout.body()).contains("Sessione scaduta", "non sono stati salvati");
      assertThat(Database.count("select count(*) from guide_feedback where tenant_id = ?", slug))
          .isZero();
    }
  }

  @Test
  void aDoubleClickedGuideVoteIsCountedOnceAndNeitherClickFails() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = Account.uniqueName("errvote");
      String host = platform.createTenant(slug, "Voti Doppi", "#102030", "#405060");
      String person = Account.uniqueName("lucia");
      platform.createAccount(slug, person, "user");
      HttpBrowser browser = new HttpBrowser(base, host);
      browser.signIn(browser.open("/account/"), person, Account.PASSWORD);
      Page guide = browser.open(GUIDE);
      Form vote = browser.form(guide, "feedback", Map.of("rating", "4"), "vote");

      List<Page> answers = together(() -> browser.post(vote.action(), vote.fields()));
      for (Page answer : answers) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"my-vote\"").doesNotContain("error-code");
      }
      assertThat(votes(slug)).isEqualTo(1);
      assertThat(
              Database.count(
                  "select count(*) from guide_feedback where tenant_id = ? and rating = 4", slug))
          .isEqualTo(1);

      // voting again replaces the vote, still one row
      Page again = browser.submit(browser.open(GUIDE), "feedback", Map.of("rating", "2"), "vote");
      assertThat(again.body()).contains("2</strong>/5");
      assertThat(votes(slug)).isEqualTo(1);
    }
  }

  @Test
  void simultaneousCreationsOfOneTenantGiveOneTenantAndCataloguedConflicts() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String token = platform.token();
      String slug = Account.uniqueName("errten");
      String host = slug + ".localhost";
      List<HttpResponse<String>> sameSlug =
          together(() -> PlatformOperator.send(createTenant(token, slug, host)));
      assertOneCreatedRestConflict(sameSlug);
      assertThat(Database.count("select count(*) from tenant where slug = ?", slug)).isEqualTo(1);
      assertThat(Database.count("select count(*) from tenant_host where host = ?", host))
          .isEqualTo(1);

      // different identifiers, one host name: the host's unique index decides
      String prefix = Account.uniqueName("errhost");
      String sharedHost = prefix + ".localhost";
      List<Callable<HttpResponse<String>>> creations = new ArrayList<>();
      for (int i = 0; i < SIMULTANEOUS; i++) {
        String own = prefix + "-" + i;
        creations.add(() -> PlatformOperator.send(createTenant(token, own, sharedHost)));
      }
      assertOneCreatedRestConflict(together(creations));
      assertThat(Database.count("select count(*) from tenant where slug like ?", prefix + "-%"))
          .isEqualTo(1);
      assertThat(Database.count("select count(*) from tenant_host where host = ?", sharedHost))
          .isEqualTo(1);
    }
  }

  @Test
  void simultaneousSavesOfOneOtpPolicyEachSucceedAndOneOfThemHolds() throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("errpol", "Regole OTP", "#102030", "#405060");
    try (TenantClient operator = new TenantClient(base, tenant.slug())) {
      TenantApi api = new TenantApi(base, tenant.host(), operator.serviceToken());
      String defaults = api.get("/api/otp/policy").body();
      assertThat(defaults).contains("\"driftCapSteps\":");
      // the tenant has no row yet: the first saves race to insert it, the later ones to change it
      List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
      for (int i = 0; i < SIMULTANEOUS; i++) {
        String body = defaults.replaceFirst("\"driftCapSteps\":\\d+", "\"driftCapSteps\":" + i);
        saves.add(() -> api.put("/api/otp/policy", body));
      }
      List<HttpResponse<String>> answers = together(saves);
      for (HttpResponse<String> answer : answers) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      }
      assertThat(
              Database.count("select count(*) from otp_policy where tenant_id = ?", tenant.slug()))
          .isEqualTo(1);
      String stored =
          TenantApi.group("\"driftCapSteps\":(\\d+)", api.get("/api/otp/policy").body());
      assertThat(Integer.parseInt(stored)).isBetween(0, SIMULTANEOUS - 1);
      assertThat(Database.auditDetails(tenant.slug(), "otp.policy.changed")).hasSize(SIMULTANEOUS);
    }
  }

  private static long votes(String slug) {
    return Database.count("select count(*) from guide_feedback where tenant_id = ?", slug);
  }

  private static void assertSessionExpiredPage(Page page, String what) {
    assertThat(page.status()).as(what + ": " + page.body()).isEqualTo(400);
    assertThat(page.body())
        .as(what)
        .contains("SIG-050", "class=\"correlation-id\"")
        .containsPattern("id=\"back-to-page\" href=\"[^\"]*/guides/guide\\.xhtml")
        .doesNotContain("Exception", "at io.", "at jakarta.", "at com.sun.");
    assertThat(page.header("X-Correlation-Id")).isNotBlank();
  }

  private static void assertOneCreatedRestConflict(List<HttpResponse<String>> answers) {
    int created = 0;
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() == 201) {
        created++;
      } else {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("\"code\":\"SIG-011\"", "\"correlationId\":\"");
      }
    }
    assertThat(created).isEqualTo(1);
  }

  private HttpRequest createTenant(String token, String slug, String host) {
    String json =
        ("{\"slug\":\"%s\",\"displayName\":\"Gara\",\"hosts\":[\"%s\"],"
                + "\"branding\":{\"primaryColor\":\"#102030\",\"accentColor\":\"#405060\"}}")
            .formatted(slug, host);
    return HttpRequest.newBuilder(
            URI.create(base.toString().replaceAll("/$", "") + "/api/platform/tenants"))
        .timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  /** {@value #SIMULTANEOUS} copies of one request, released at the same instant. */
  private static <T> List<T> together(Callable<T> request) throws Exception {
    List<Callable<T>> requests = new ArrayList<>();
    for (int i = 0; i < SIMULTANEOUS; i++) {
      requests.add(request);
    }
    return together(requests);
  }

  /** The requests released at the same instant, each on its own thread; their answers in order. */
  private static <T> List<T> together(List<Callable<T>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> pending = new ArrayList<>();
      for (Callable<T> request : requests) {
        pending.add(
            pool.submit(
                () -> {
                  go.await();
                  return request.call();
                }));
      }
      go.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> answer : pending) {
        answers.add(answer.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
