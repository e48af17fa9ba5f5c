package io.sigillo.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.support.Account;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The EAR with a real Keycloak (scripts/payara-server.sh starts one beside the domain): the
 * platform API provisions a tenant and a person through the Keycloak admin client in the EAR's
 * {@code lib/}, the person signs in through Keycloak's login pages on the tenant's host (the portal
 * fetches the tenant client's secret through the same admin client), and a tenant's back end
 * registers, confirms and validates an OTP token through the REST API with a Keycloak token.
 */
class EarWithKeycloakIT {

  private final URL base = PayaraServer.base();

  @Test
  void aPersonOfAProvisionedTenantSignsInThroughKeycloakAndSeesTheirPortal() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String zeta = Account.uniqueName("zeta");
      String host = platform.createTenant(zeta, "Zeta Fiduciaria", "#0b5394", "#e69138");
      String mario = "mario-" + zeta;
      platform.createAccount(zeta, mario, "user");

      HttpBrowser browser = new HttpBrowser();
      HttpBrowser.Page toKeycloak = browser.get(HttpBrowser.on(base, host, "/account/"));
      assertThat(toKeycloak.status()).as(toKeycloak.body()).isEqualTo(302);
      assertThat(toKeycloak.header("Location"))
          .startsWith(Environment.keycloakUrl() + "/realms/sigillo/protocol/openid-connect/auth")
          .contains("client_id=portal-" + zeta, "code_challenge_method=S256");
      HttpBrowser.Page loginPage = browser.follow(toKeycloak);
      assertThat(HttpBrowser.isKeycloakLogin(loginPage)).as(loginPage.body()).isTrue();

      HttpBrowser.Page account = browser.signIn(loginPage, mario, Account.PASSWORD);

      assertThat(account.status()).as(account.body()).isEqualTo(200);
      assertThat(account.url().getHost()).isEqualTo(host);
      assertThat(account.url().getPath()).endsWith("/account/");
      assertThat(account.body()).contains("Zeta Fiduciaria", "--brand-primary:#0b5394", mario);
      assertThat(browser.cookie(host, "JSESSIONID")).isNotBlank();
    }
  }

  @Test
  void aTenantsBackEndRegistersConfirmsAndValidatesAnOtpToken() {
    TestTenants.Tenant eta = TestTenants.active("eta", "Eta Servizi", "#102030", "#405060");
    try (TenantClient backEnd = new TenantClient(base, eta.slug())) {
      String token = backEnd.serviceToken();
      // RFC 4226's seed ("12345678901234567890") and its published codes for counters 0 and 1
      HttpResponse<String> registered =
          PayaraServer.postJsonWithToken(
              "/api/otp/devices/hotp",
              eta.host(),
              token,
              "{\"owner\":\"anna.neri\",\"serial\":\"ST-"
                  + eta.slug()
                  + "\",\"base32Secret\":\"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\"}");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
      String id = registered.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");

      HttpResponse<String> confirmed =
          PayaraServer.postJsonWithToken(
              "/api/otp/devices/" + id + "/confirm", eta.host(), token, "{\"code\":\"755224\"}");
      assertThat(confirmed.body()).contains("\"status\":\"ACCEPTED\"");

      String validation = "{\"deviceId\":" + id + ",\"purpose\":\"LOGIN\",\"code\":\"287082\"}";
      HttpResponse<String> accepted =
          PayaraServer.postJsonWithToken("/api/otp/validate", eta.host(), token, validation);
      HttpResponse<String> replayed =
          PayaraServer.postJsonWithToken("/api/otp/validate", eta.host(), token, validation);

      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"");
      assertThat(replayed.body()).contains("\"status\":\"REJECTED\"", "\"reason\":\"REPLAYED\"");
    }
  }
}
