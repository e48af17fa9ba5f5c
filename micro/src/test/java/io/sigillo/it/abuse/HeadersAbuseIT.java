package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Headers and cookies as a bank's portal sends them, checked as a browser, another site's page or a
 * careless client meets them: security headers on pages, API answers and error pages; the session
 * cookie's attributes; JSON-only bodies and no cross-site calls on the session cookie; JSON errors
 * from the container too; no public WADL or metrics; and the main pages working under the CSP in
 * headless Chromium without a single violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeadersAbuseIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void pagesApiAnswersAndErrorPagesCarryTheSecurityHeaders() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String host = platform.newTenant("hdr", "Alpha Fiduciaria") + ".localhost";
      Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
      answers.put("page", Http.get(base, "/", host, "Accept", "text/html"));
      answers.put("api", Http.get(base, "/api/portal", host, "Accept", "application/json"));
      answers.put("error page", Http.get(base, "/no-such-page", host, "Accept", "text/html"));
      answers.put("api error", Http.get(base, "/api/otp/devices", host));
      answers.put("unknown portal", Http.get(base, "/", "nobody.localhost", "Accept", "text/html"));

      assertThat(answers.get("page").statusCode()).isEqualTo(200);
      assertThat(answers.get("api").statusCode()).isEqualTo(200);
      assertThat(answers.get("error page").statusCode()).isEqualTo(404);
      assertThat(answers.get("api error").statusCode()).isEqualTo(401);
      answers.forEach(
          (what, answer) -> {
            String csp = header(answer, "Content-Security-Policy");
            assertThat(directive(csp, "script-src")).as(what).isEqualTo("script-src 'self'");
            assertThat(directive(csp, "style-src"))
                .as(what)
                .startsWith("style-src 'self' 'nonce-")
                .doesNotContain("unsafe");
            assertThat(directive(csp, "img-src")).as(what).contains("'self'", "data:");
            assertThat(directive(csp, "frame-ancestors"))
                .as(what)
                .isEqualTo("frame-ancestors 'none'");
            assertThat(directive(csp, "form-action")).as(what).startsWith("form-action 'self'");
            assertThat(directive(csp, "object-src")).as(what).isEqualTo("object-src 'none'");
            assertThat(header(answer, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(header(answer, "Referrer-Policy")).as(what).isEqualTo("same-origin");
            assertThat(header(answer, "Cache-Control")).as(what).contains("no-store");
            // plain http, no proxy: HSTS would be a lie
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(what).isEmpty();
          });
      // each answer its own nonce
      assertThat(directive(header(answers.get("page"), "Content-Security-Policy"), "style-src"))
          .isNotEqualTo(
              directive(header(answers.get("error page"), "Content-Security-Policy"), "style-src"));

      // behind a TLS-terminating proxy on the same host: it connects from the loopback address
      HttpResponse<String> proxied =
          Http.get(loopback(), "/", host, "Accept", "text/html", "X-Forwarded-Proto", "https");
      assertThat(proxied.statusCode()).isEqualTo(200);
      assertThat(header(proxied, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
      // the style sheet stays cacheable
      HttpResponse<String> css = Http.get(base, "/resources/css/portal.css", host);
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteLaxAndSecureOverTls() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String tenant = platform.newTenant("hdr-cookie", "Alpha Fiduciaria");
      String person = Account.uniqueName("biscotto");
      platform.createAccount(tenant, person, "user");
      HttpBrowser browser = new HttpBrowser(base, tenant + ".localhost");
      Page login = browser.open("/account/");
      assertThat(HttpBrowser.isKeycloakLogin(login)).as(login.body()).isTrue();
      Page account = browser.signIn(login, person, Account.PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      assertThat(account.path()).isEqualTo(HttpBrowser.on(base, "x", "/account/").getPath());

      // the session starts with the login (a login in progress lives in its own cookie, no session)
      List<String> sessionCookies = sessionCookies(browser.setCookieHeaders());
      assertThat(sessionCookies).isNotEmpty();
      for (String cookie : sessionCookies) {
        assertThat(attributes(cookie)).as(cookie).contains("httponly", "samesite=lax");
        // plain http: a Secure cookie would never come back
        assertThat(attributes(cookie)).as(cookie).doesNotContain("secure");
      }

      HttpResponse<String> proxied =
          Http.get(loopback(), "/account/", tenant + ".localhost", "X-Forwarded-Proto", "https");
      assertThat(proxied.statusCode()).isEqualTo(302);
      // an anonymous hit starts a login: its pending-login cookie carries the same attributes
      List<String> overTls =
          proxied.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("JSESSIONID") || c.startsWith("SIGILLO_LOGIN"))
              .toList();
      assertThat(overTls).isNotEmpty();
      for (String cookie : overTls) {
        assertThat(attributes(cookie)).as(cookie).contains("httponly", "samesite=lax", "secure");
      }
    }
  }

  @Test
  void jsonOperationsRefuseOtherBodiesAndNoBodyWith415AndChangeNothing() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = Account.uniqueName("hdr-415");
      byte[] tenant =
          ("{\"slug\":\"%s\",\"displayName\":\"Quindici\",\"hosts\":[\"%s.localhost\"],"
                  + "\"branding\":{\"primaryColor\":\"#0b5394\",\"accentColor\":\"#e69138\"}}")
              .formatted(slug, slug)
              .getBytes(StandardCharsets.UTF_8);
      Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
      refused.put(
          "text/plain", platform.send("POST", "/api/platform/tenants", "text/plain", tenant));
      refused.put(
          "form",
          platform.send(
              "POST", "/api/platform/tenants", "application/x-www-form-urlencoded", tenant));
      refused.put("no body", platform.send("POST", "/api/platform/tenants", null, null));
      refused.put(
          "text/plain edit",
          platform.send("PUT", "/api/platform/tenants/" + slug, "text/plain", tenant));
      refused.forEach(
          (what, answer) -> {
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(415);
            assertCataloguedJson(answer, "SIG-070");
          });
      HttpResponse<String> lookup =
          platform.get("/api/platform/tenants/" + slug, "Bearer " + platform.token());
      assertThat(lookup.statusCode()).as("no tenant was created").isEqualTo(404);
    }
  }

  @Test
  void callsWithTheSessionCookieFromAnotherSiteOrWithoutJsonAreRefused() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String tenant = platform.newTenant("hdr-csrf", "Alpha Fiduciaria");
      String host = tenant + ".localhost";
      String person = Account.uniqueName("vittima");
      platform.createAccount(tenant, person, "user", "operator");
      Database.insertIdentity(tenant, person, "Vera", "Vittima", "VTTVRE80A41H501X");
      HttpBrowser browser = new HttpBrowser(base, host);
      browser.signIn(browser.open("/account/"), person, Account.PASSWORD);
      String enrol = "/api/otp/devices/totp";
      String own = "http://" + host + ":" + base.getPort();

      Map<String, HttpResponse<String>> crossSite = new LinkedHashMap<>();
      crossSite.put(
          "Origin of another site",
          browser.api("POST", enrol, "application/json", "{}", "Origin", "http://evil.example"));
      crossSite.put(
          "a sibling tenant's portal",
          browser.api(
              "POST",
              enrol,
              "application/json",
              "{}",
              "Origin",
              "http://beta.localhost:" + base.getPort(),
              "Sec-Fetch-Site",
              "same-site"));
      crossSite.put(
          "Sec-Fetch-Site cross-site",
          browser.api("POST", enrol, "application/json", "{}", "Sec-Fetch-Site", "cross-site"));
      crossSite.put(
          "opaque origin", browser.api("POST", enrol, "text/plain", "{}", "Origin", "null"));
      crossSite.forEach(
          (what, answer) -> {
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(403);
            assertCataloguedJson(answer, "SIG-071");
          });

      // the simple requests a form of another site could send without a preflight
      Map<String, HttpResponse<String>> notJson = new LinkedHashMap<>();
      notJson.put("text/plain", browser.api("POST", enrol, "text/plain", "{}"));
      notJson.put("form", browser.api("POST", enrol, "application/x-www-form-urlencoded", "a=b"));
      notJson.put("no body", browser.api("POST", enrol, null, null));
      notJson.forEach(
          (what, answer) -> {
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(415);
            assertCataloguedJson(answer, "SIG-070");
          });
      assertThat(
              Database.count(
                  "select count(*) from otp_device where tenant_id = ? and owner = ?",
                  tenant,
                  person))
          .as("no device enrolled by the refused calls")
          .isZero();

      // the portal's own pages may still call it
      HttpResponse<String> sameOrigin =
          browser.api(
              "POST",
              enrol,
              "application/json",
              "{}",
              "Origin",
              own,
              "Sec-Fetch-Site",
              "same-origin");
      assertThat(sameOrigin.body()).doesNotContain("SIG-071", "SIG-070");
    }
  }

  @Test
  void theContainersRefusalsOnTheApiAreJsonAndWadlAndMetricsAreNotPublic() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String tenant = platform.newTenant("hdr-json", "Alpha Fiduciaria");
      String person = Account.uniqueName("curioso");
      platform.createAccount(tenant, person, "user");
      HttpBrowser browser = new HttpBrowser(base, tenant + ".localhost");
      browser.signIn(browser.open("/account/"), person, Account.PASSWORD);

      // web.xml's constraint on the platform API: a person without platform-admin
      HttpResponse<String> forbidden = browser.api("GET", "/api/platform/tenants", null, null);
      assertThat(forbidden.statusCode()).isEqualTo(403);
      assertCataloguedJson(forbidden, "SIG-007");
      HttpResponse<String> notFound = browser.api("GET", "/api/no-such-resource", null, null);
      assertThat(notFound.statusCode()).isEqualTo(404);
      assertCataloguedJson(notFound, "SIG-001");
      // a method the resource does not have is catalogued as "not found" (SIG-001, 404)
      HttpResponse<String> wrongMethod = browser.api("DELETE", "/api/portal", null, null);
      assertThat(wrongMethod.statusCode()).isEqualTo(404);
      assertCataloguedJson(wrongMethod, "SIG-001");
      HttpResponse<String> anonymous = Http.get(base, "/api/otp/devices", tenant + ".localhost");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertCataloguedJson(anonymous, "SIG-010");

      HttpResponse<String> wadl = Http.get(base, "/api/application.wadl", tenant + ".localhost");
      assertThat(wadl.statusCode()).isEqualTo(404);
      assertThat(wadl.body()).doesNotContain("<application", "resources base");
      assertCataloguedJson(wadl, "SIG-001");

      HttpResponse<String> metrics = Http.getRoot(base, "/metrics");
      assertThat(metrics.statusCode()).as(metrics.body()).isIn(403, 404);
      assertThat(metrics.body()).doesNotContain("# TYPE", "base_");
      // health stays public: the load balancer's probe
      assertThat(Http.getRoot(base, "/health/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void thePagesOfAPersonAndAnOperatorWorkUnderTheCspWithoutAViolation() throws Exception {
    try (Smsc smsc = Smsc.fromEnvironment();
        PlatformOperator platform = new PlatformOperator(base);
        Chromium chromium = new Chromium()) {
      String tenant = Account.uniqueName("hdr-csp");
      String host = platform.createTenant(tenant, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String person = Account.uniqueName("pagina");
      platform.createAccount(tenant, person, "user", "operator");
      Database.insertIdentity(
          tenant,
          person,
          "Paola",
          "Pagina",
          person + "@" + tenant + ".example",
          "+39335" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)),
          null,
          true);
      chromium.recordCspViolations();
      Map<String, List<String>> violations = new LinkedHashMap<>();

      chromium.open(Chromium.on(base, host, "/credentials/"));
      chromium.signIn(person, Account.PASSWORD);
      // level 2 is Keycloak's step now (its own pages and policy): the portal's pages follow
      chromium.levelTwoBySms(smsc);
      chromium.await("table.credentials");
      violations.put("/credentials/", chromium.cspViolations());
      // the brand colours come from the page's one inline style, which the nonce lets through
      assertThat(
              chromium.script(
                  "return getComputedStyle(document.querySelector('.portal-header'))"
                      + ".backgroundColor;"))
          .isEqualTo("rgb(11, 83, 148)");

      for (String page :
          List.of(
              "/recovery/",
              "/credentials/reconfigure.xhtml",
              "/identity/",
              "/account/",
              "/signature/",
              "/signature/order.xhtml",
              "/support/new.xhtml",
              "/guides/",
              "/operator/",
              "/operator/?q=Pagina",
              "/operator/person.xhtml?u=" + person,
              "/operator/tokens.xhtml",
              "/operator/support.xhtml",
              "/no-such-page")) {
        chromium.open(Chromium.on(base, host, page));
        chromium.await("main");
        violations.put(page, chromium.cspViolations());
      }
      // a form posted and answered under the CSP
      chromium.open(Chromium.on(base, host, "/support/new.xhtml"));
      chromium.type("#support\\:description", "Una richiesta sotto la CSP.");
      chromium.submit("#support\\:send");
      chromium.await("#created");
      violations.put("/support/request.xhtml (created)", chromium.cspViolations());

      violations.forEach((page, found) -> System.out.println("csp " + page + ": " + found));
      assertThat(violations).hasSize(16);
      assertThat(violations.values()).allSatisfy(found -> assertThat(found).isEmpty());
    }
  }

  /** The application's URL on the loopback address, where a proxy on the same host connects. */
  private URL loopback() {
    try {
      return new URL("http", "127.0.0.1", base.getPort(), base.getPath());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> sessionCookies(List<String> setCookies) {
    return setCookies.stream().filter(c -> c.startsWith("JSESSIONID")).toList();
  }

  private static List<String> attributes(String setCookie) {
    return Arrays.stream(setCookie.split(";"))
        .skip(1)
        .map(a -> a.trim().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static String header(HttpResponse<String> answer, String name) {
    return answer.headers().firstValue(name).orElse("");
  }

  /** One directive of a policy, as sent (name and sources), or "" when absent. */
  private static String directive(String policy, String name) {
    return Arrays.stream(policy.split(";"))
        .map(String::trim)
        .filter(d -> d.startsWith(name + " "))
        .findFirst()
        .orElse("");
  }

  private static void assertCataloguedJson(HttpResponse<String> answer, String code) {
    assertThat(header(answer, "Content-Type")).as(answer.body()).startsWith("application/json");
    assertThat(answer.body()).contains("\"code\":\"" + code + "\"", "\"correlationId\"");
    assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
