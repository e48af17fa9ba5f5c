package io.sigillo.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.support.Http;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a visitor sees before logging in: the tenant chosen by host name with its own branding, the
 * "unknown portal" answer for any other host, catalogued error pages with a correlation id and
 * never a stack trace, both languages, and the health endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void eachTenantShowsItsOwnNameAndColoursAndNoneOfTheOthers() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    TestTenants.Tenant beta = TestTenants.active("beta", "Beta Servizi", "#38761d", "#741b47");

    HttpResponse<String> alphaHome = Http.get(base, "/", alpha.host());
    HttpResponse<String> betaHome = Http.get(base, "/", beta.host());

    assertThat(alphaHome.statusCode()).isEqualTo(200);
    assertThat(alphaHome.body())
        .contains("Alpha Fiduciaria", "--brand-primary:#0b5394", "--brand-accent:#e69138")
        .doesNotContain("Beta Servizi", "#38761d");
    assertThat(betaHome.statusCode()).isEqualTo(200);
    assertThat(betaHome.body())
        .contains("Beta Servizi", "--brand-primary:#38761d")
        .doesNotContain("Alpha Fiduciaria", "#0b5394");
  }

  @Test
  void theApiDescribesThePortalOfTheHostItWasCalledOn() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    HttpResponse<String> response =
        Http.get(base, "/api/portal", alpha.host(), "Accept", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"tenant\":\"" + alpha.slug() + "\"", "Alpha Fiduciaria", "#0b5394");
  }

  @Test
  void anUnknownHostGetsTheUnknownPortalPageInItalianWithACorrelationId() {
    HttpResponse<String> response = Http.get(base, "/", "nobody.localhost");
    assertThat(response.statusCode()).isEqualTo(404);
    String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(response.body())
        .contains("Portale sconosciuto", "nobody.localhost", "SIG-002", correlationId)
        .doesNotContain("Exception", "at io.sigillo");
  }

  @Test
  void aBrowserThatPrefersEnglishGetsTheErrorInEnglish() {
    HttpResponse<String> response =
        Http.get(base, "/", "nobody.localhost", "Accept-Language", "en-GB,en;q=0.9");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Unknown portal", "Correlation id");
  }

  @Test
  void theApiOnAnUnknownHostAnswersWithACataloguedJsonError() {
    HttpResponse<String> response = Http.get(base, "/api/portal", "nobody.localhost");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(response.body()).contains("\"code\":\"SIG-002\"", "\"correlationId\":\"");
  }

  @Test
  void aMissingPageIsACataloguedNotFoundWithoutStackTrace() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    HttpResponse<String> response = Http.get(base, "/does-not-exist.xhtml", alpha.host());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("Pagina non trovata", "SIG-001")
        .contains(response.headers().firstValue("X-Correlation-Id").orElseThrow())
        .doesNotContain("Exception", "Stack");
  }

  @Test
  void aMissingApiResourceIsACataloguedJsonNotFound() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    HttpResponse<String> response =
        Http.get(base, "/api/nothing-here", alpha.host(), "Accept-Language", "en");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"code\":\"SIG-001\"", "Page not found");
  }

  @Test
  void aDisabledTenantsPortalSaysItIsNotActiveAndShowsNoData() {
    TestTenants.Tenant off = TestTenants.disabled("off", "Spento Srl");
    HttpResponse<String> response = Http.get(base, "/", off.host());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("Portale non attivo", "SIG-005")
        .doesNotContain("Spento Srl");
  }

  @Test
  void theLanguageSwitchRemembersEnglishAndRefusesToRedirectElsewhere() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    HttpResponse<String> toEnglish = Http.get(base, "/lang?to=en&back=/index.xhtml", alpha.host());
    assertThat(toEnglish.statusCode()).isEqualTo(302);
    assertThat(toEnglish.headers().firstValue("Set-Cookie").orElseThrow()).contains("lang=en");
    assertThat(toEnglish.headers().firstValue("Location").orElseThrow()).endsWith("/index.xhtml");

    HttpResponse<String> english = Http.get(base, "/", alpha.host(), "Cookie", "lang=en");
    assertThat(english.body()).contains("Welcome to the portal of", "lang=\"en\"");
    HttpResponse<String> italian = Http.get(base, "/", alpha.host());
    assertThat(italian.body()).contains("Benvenuto nel portale di", "lang=\"it\"");

    HttpResponse<String> offsite = Http.get(base, "/lang?to=en&back=//evil.example/", alpha.host());
    assertThat(offsite.headers().firstValue("Location").orElseThrow())
        .doesNotContain("evil.example");
  }

  @Test
  void healthEndpointsReportTheApplicationLiveAndTheDatabaseReady() {
    HttpResponse<String> ready = Http.getRoot(base, "/health/ready");
    HttpResponse<String> live = Http.getRoot(base, "/health/live");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"", "PostgreSQL", "UP");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"sigillo\"", "UP");
  }
}
