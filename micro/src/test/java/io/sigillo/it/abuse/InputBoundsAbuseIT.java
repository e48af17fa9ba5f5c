package io.sigillo.it.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Pngs;
import io.sigillo.it.support.TestTenants;
import io.sigillo.tenancy.application.TenantCache;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input is bounded: an image bomb refused from its header, a request body over its endpoint's
 * limit refused unread (413), a place of birth of megabytes refused before the place search, a
 * burst on an endpoint open to anyone throttled per address (429 with Retry-After, then served
 * again), LIKE wildcards in the operator search matching themselves, the host cache not growing
 * with invented Host headers, and the operator's person page listing only that person's audit
 * events.
 *
 * <p>One deployment, mostly black-box ({@link RunAsClient}); the host cache's size is read in the
 * container. Only JUnit assertions: the class is loaded in the container too. Ordered because the
 * address-rate test spends the bucket of 127.0.0.1 that the others share.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputBoundsAbuseIT {

  private static final String CHECK = "/api/holder-data/check";

  /** Generous bounds for a loaded 2-core machine; the real figures are printed. */
  private static final long BOMB_BOUND_MILLIS = 3_000;

  private static final long FIELD_BOUND_MILLIS = 1_000;

  /** Unknown hosts the cache may hold ({@code TenantCache.MAX_UNKNOWN_HOSTS}) plus tenants. */
  private static final int CACHE_BOUND = 1_000 + 50;

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @ArquillianResource private URL base;

  @Inject private TenantCache tenantCache;

  @Test
  @Order(1)
  @RunAsClient
  void aScreenshotOfTwentyThousandPixelsSquareIsRefusedFromItsHeaderQuickly() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = Account.uniqueName("bomb");
      String host = platform.createTenant(slug, "Bomba Servizi", "#0b5394", "#e69138");
      platform.createAccount(slug, "mario-" + slug, "user");
      byte[] bomb = Pngs.black(20_000, 20_000);

      HttpBrowser mario = new HttpBrowser(base, host);
      HttpBrowser.Page form =
          mario.signIn(mario.open("/support/new.xhtml"), "mario-" + slug, Account.PASSWORD);
      assertTrue(form.body().contains("id=\"support\""), form.body());
      long started = System.nanoTime();
      HttpBrowser.Page answer =
          mario.submitMultipart(
              form,
              "support",
              Map.of("description", "La schermata non si carica, allego l'immagine."),
              "screenshot",
              "schermata.png",
              bomb,
              "send");
      long millis = (System.nanoTime() - started) / 1_000_000;

      System.out.printf(
          "image bomb: %d bytes, 20000x20000, refused in %d ms%n", bomb.length, millis);
      assertTrue(answer.status() < 500, answer.body());
      assertTrue(answer.body().contains("RES-040"), answer.body());
      assertTrue(answer.body().contains("20000 x 20000"), answer.body());
      assertFalse(answer.body().contains("id=\"created\""), answer.body());
      assertTrue(millis < BOMB_BOUND_MILLIS, "refused in " + millis + " ms");
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void aPlaceOfBirthOfMegabytesIsRefusedBeforeThePlaceSearch() {
    String host = tenantHost();
    // the first check loads the cadastral registry: measured apart, it is not the refusal's cost
    HttpResponse<String> warm = check(host, "{\"placeOfBirth\":\"Roma\"}");
    assertEquals(200, warm.statusCode(), warm.body());
    String fourMegabytes = "Roma".repeat(1024 * 1024);
    long started = System.nanoTime();
    HttpResponse<String> huge = check(host, "{\"placeOfBirth\":\"" + fourMegabytes + "\"}");
    long hugeMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(413, huge.statusCode(), huge.body());
    assertTrue(huge.body().contains("\"code\":\"SIG-040\""), huge.body());
    assertTrue(huge.body().contains("64 KB"), huge.body());

    // under the body limit, still no place name: refused by the field's own limit
    String sixtyKilobytes = "Roma".repeat(15 * 1024);
    started = System.nanoTime();
    HttpResponse<String> long60 = check(host, "{\"placeOfBirth\":\"" + sixtyKilobytes + "\"}");
    long longMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(400, long60.statusCode(), long60.body());
    assertTrue(long60.body().contains("\"code\":\"SIG-042\""), long60.body());
    assertTrue(long60.body().contains("placeOfBirth"), long60.body());

    System.out.printf(
        "4 MB placeOfBirth: 413 in %d ms; 60 KB placeOfBirth: 400 in %d ms%n",
        hugeMillis, longMillis);
    assertTrue(hugeMillis < FIELD_BOUND_MILLIS, "4 MB refused in " + hugeMillis + " ms");
    assertTrue(longMillis < FIELD_BOUND_MILLIS, "60 KB refused in " + longMillis + " ms");
  }

  @Test
  @Order(3)
  @RunAsClient
  void aBodyOverItsLimitIs413AsJsonOnTheApiAndAsAPageElsewhereWithOrWithoutLength() {
    String host = tenantHost();
    byte[] big = ("{\"surname\":\"" + "x".repeat(100 * 1024) + "\"}").getBytes();
    // sent without a Content-Length (chunked): counted while read, refused at the limit
    HttpResponse<String> chunked =
        Http.post(
            base,
            CHECK,
            host,
            "application/json",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertTrue(chunked.body().contains("\"code\":\"SIG-040\""), chunked.body());

    HttpResponse<String> page =
        Http.post(
            base,
            "/",
            host,
            "application/x-www-form-urlencoded",
            BodyPublishers.ofByteArray(new byte[600 * 1024]),
            "Accept",
            "text/html",
            "Accept-Language",
            "en");
    assertEquals(413, page.statusCode(), page.body());
    assertTrue(page.body().contains("Request too large"), page.body());
    assertTrue(page.body().contains("SIG-040"), page.body());
  }

  @Test
  @Order(4)
  @RunAsClient
  void theOperatorSearchTakesWildcardsLiterallyAndThePersonPageMatchesSubjectsWhole() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = Account.uniqueName("like");
      String host = platform.createTenant(slug, "Like Servizi", "#0b5394", "#e69138");
      platform.createAccount(slug, "op-" + slug, "user", "operator");
      String mario = "mario-" + slug;
      Database.insertIdentity(slug, mario, "Mario", "Rossi", "RSSMRA80A01H501U");
      Database.insertIdentity(slug, mario + "2", "Maria", "Bianchi", "BNCMRA82C41H501X");

      HttpBrowser operator = new HttpBrowser(base, host);
      HttpBrowser.Page all =
          operator.signIn(operator.open("/operator/?q=Rossi"), "op-" + slug, Account.PASSWORD);
      assertTrue(all.body().contains(mario), all.body());
      for (String wildcard : List.of("%25", "_", "%25%25", "m_rio")) {
        HttpBrowser.Page found = operator.open("/operator/?q=" + wildcard);
        assertEquals(200, found.status(), found.body());
        assertTrue(found.body().contains("id=\"no-results\""), wildcard + ": " + found.body());
        assertFalse(found.body().contains(mario), wildcard + ": " + found.body());
      }

      // viewing mario2 is audited with the subject "person:mario-…2"
      assertEquals(200, operator.open("/operator/person.xhtml?u=" + mario + "2").status());
      HttpBrowser.Page person = operator.open("/operator/person.xhtml?u=" + mario);
      String events = person.body().substring(person.body().indexOf("id=\"events\""));
      assertTrue(
          Pattern.compile("person:" + Pattern.quote(mario) + "(?!2)").matcher(events).find(),
          events);
      assertFalse(events.contains("person:" + mario + "2"), events);
    }
  }

  @Test
  @Order(5)
  @RunAsClient
  void thousandsOfInventedHostNamesAreAnsweredAsUnknownPortals() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 2_500; i++) {
        String host = "h" + UUID.randomUUID().toString().replace("-", "") + ".example";
        statuses.add(pool.submit(() -> Http.get(base, "/", host).statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(404, status.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Order(6)
  void theHostCacheStaysBoundedAfterThem() {
    int size = tenantCache.size();
    System.out.printf("tenant cache after 2,500 invented hosts: %d entries%n", size);
    assertTrue(size <= CACHE_BOUND, "tenant cache holds " + size + " host names");
  }

  @Test
  @Order(7)
  @RunAsClient
  void aBurstOnAnOpenEndpointIsThrottledPerAddressThenServedAgain() throws Exception {
    String host = tenantHost();
    String body = "{\"surname\":\"Rossi\",\"placeOfBirth\":\"Roma\"}";
    HttpResponse<String> refused = null;
    int served = 0;
    for (int i = 0; i < 2_000 && refused == null; i++) {
      HttpResponse<String> answer = check(host, body);
      if (answer.statusCode() == 429) {
        refused = answer;
      } else {
        assertEquals(200, answer.statusCode(), answer.body());
        served++;
      }
    }
    System.out.printf("address burst: %d served before the first 429%n", served);
    assertTrue(refused != null, "no 429 after " + served + " requests");
    assertTrue(refused.body().contains("\"code\":\"SIG-041\""), refused.body());
    assertTrue(refused.body().contains("Troppe richieste"), refused.body());
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

    HttpResponse<String> english =
        Http.post(
            base,
            CHECK,
            host,
            "application/json",
            BodyPublishers.ofString(body),
            "Accept-Language",
            "en");
    if (english.statusCode() == 429) {
      assertTrue(english.body().contains("Too many requests"), english.body());
    }

    Thread.sleep(retryAfter * 1_000 + 200);
    HttpResponse<String> again = check(host, body);
    assertEquals(200, again.statusCode(), again.body());
  }

  private HttpResponse<String> check(String host, String json) {
    return Http.post(base, CHECK, host, "application/json", BodyPublishers.ofString(json));
  }

  /** A tenant seeded in the database: the open endpoints need only its host. */
  private static String tenantHost() {
    return TestTenants.active("bounds", "Limiti Servizi", "#123456", "#654321").host();
  }
}
