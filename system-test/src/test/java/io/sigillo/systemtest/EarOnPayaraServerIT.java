package io.sigillo.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.support.TestHolders;
import io.sigillo.it.support.TestTenants;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The EAR as built, deployed on Payara Server 6 with PostgreSQL: the WAR renders a tenant's pages
 * through its own EJBs from tables Flyway created at deployment, an EJB module (signature) answers
 * the WAR, and the server's health endpoint sees the application's data source.
 */
class EarOnPayaraServerIT {

  /** Anna Bianchi, born in Rome on 5 March 1990: a consistent holder. */
  private static final String ANNA = TestHolders.ANNA.json();

  @Test
  void theHomePageShowsTheTenantOfTheHostWithItsNameAndColours() {
    TestTenants.Tenant gamma =
        TestTenants.active("gamma", "Gamma Fiduciaria", "#0b5394", "#e69138");

    HttpResponse<String> home = PayaraServer.get("/", gamma.host());

    assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
    assertThat(home.body())
        .contains("Gamma Fiduciaria", "--brand-primary:#0b5394", "--brand-accent:#e69138");
  }

  @Test
  void anUnknownHostGetsTheUnknownPortalPageAndNoTenantsData() {
    TestTenants.active("delta", "Delta Servizi", "#38761d", "#741b47");

    HttpResponse<String> response = PayaraServer.get("/", "nobody.localhost");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(response.body())
        .contains("Portale sconosciuto", "SIG-002", correlationId)
        .doesNotContain("Delta Servizi", "Exception");
  }

  @Test
  void theReadinessCheckSeesTheApplicationsPostgresqlDataSource() {
    HttpResponse<String> ready = PayaraServer.get("/health/ready");

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"", "PostgreSQL", "UP");
  }

  @Test
  void theSignatureModuleConfirmsConsistentHolderData() {
    TestTenants.Tenant gamma =
        TestTenants.active("gamma", "Gamma Fiduciaria", "#0b5394", "#e69138");

    HttpResponse<String> answer =
        PayaraServer.postJson("/api/holder-data/check", gamma.host(), ANNA, "it");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"consistent\":true", "\"findings\":[]");
  }

  @Test
  void theSignatureModuleNamesEachFieldThatDisagreesInTheVisitorsLanguage() {
    TestTenants.Tenant gamma =
        TestTenants.active("gamma", "Gamma Fiduciaria", "#0b5394", "#e69138");
    String bornAMonthLater = ANNA.replace("1990-03-05", "1990-04-05");

    HttpResponse<String> answer =
        PayaraServer.postJson("/api/holder-data/check", gamma.host(), bornAMonthLater, "en");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"consistent\":false", "\"field\":\"birthDate\"", "\"code\":\"SIGN-012\"")
        .doesNotContain("mese di nascita");
  }

  @Test
  void anUnreadableBirthDateIsACataloguedJsonError() {
    TestTenants.Tenant gamma =
        TestTenants.active("gamma", "Gamma Fiduciaria", "#0b5394", "#e69138");

    HttpResponse<String> answer =
        PayaraServer.postJson(
            "/api/holder-data/check", gamma.host(), ANNA.replace("1990-03-05", "5/3/90"), "it");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body())
        .contains("\"code\":\"SIG-006\"", "birthDate", "\"correlationId\":\"")
        .doesNotContain("Exception");
  }

  @Test
  void theTenantCaPublishesItsCertificateAndCrlWithBouncyCastleFromTheEarsLib() {
    TestTenants.Tenant epsilon =
        TestTenants.active("epsilon", "Epsilon Firma", "#0b5394", "#e69138");

    HttpResponse<String> ca = PayaraServer.get("/pki/ca.crt", epsilon.host());
    HttpResponse<String> crl = PayaraServer.get("/pki/crl", epsilon.host());

    assertThat(ca.statusCode()).as(ca.body()).isEqualTo(200);
    assertThat(ca.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pkix-cert"));
    // DER starts with a SEQUENCE tag
    assertThat(ca.body()).startsWith("0");
    assertThat(crl.statusCode()).as(crl.body()).isEqualTo(200);
    assertThat(crl.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pkix-crl"));
  }
}
