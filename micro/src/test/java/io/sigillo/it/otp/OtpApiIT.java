package io.sigillo.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.KeycloakAdmin;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import io.sigillo.it.support.Tokens;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.ClientResource;

/**
 * The OTP API as a tenant's back-end uses it, on the tenant's host with a token of its provisioned
 * back-end client: enrolment, confirmation and validation with codes computed by the client,
 * catalogued 400s for bad input; refusal without a token, with another tenant's back end's or
 * signing app's token (SIG-063) or a token without the API's audience (SIG-062, until provisioning
 * repairs the client); the published OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OtpApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private HttpResponse<String> post(String host, String path, String token, String json) {
    return new TenantApi(base, host, token).post(path, json);
  }

  @Test
  void
      anOperatorBackEndNeverReceivesASeedButRegistersConfirmsAndValidatesATokenAndBadInputIsACataloguedBadRequest() {
    TestTenants.Tenant tenant = TestTenants.active("otp", "Otp Fiduciaria", "#102030", "#405060");
    try (TenantClient backEnd = new TenantClient(base, tenant.slug())) {
      String token = backEnd.serviceToken();
      // the reseller's back end, with a token of its provisioned client-credentials client
      assertThat(Tokens.claims(token))
          .contains("\"azp\":\"backend-" + tenant.slug() + "\"", "\"groups\":[\"operator\"]");
      // an app's enrolment carries its seed: only the person enrolling their own app gets one
      HttpResponse<String> enrolled =
          post(tenant.host(), "/api/otp/devices/totp", token, "{\"owner\":\"anna.neri\"}");
      assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(403);
      assertThat(enrolled.body())
          .contains("\"code\":\"OTP-061\"")
          .doesNotContain("otpauth", "manualKey", "qrPng");

      // a hardware token the reseller holds, registered with its own seed (RFC 4226's)
      HttpResponse<String> registered =
          post(
              tenant.host(),
              "/api/otp/devices/hotp",
              token,
              "{\"owner\":\"anna.neri\",\"serial\":\"OTP-API-1\","
                  + "\"base32Secret\":\"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\"}");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
      assertThat(registered.body()).contains("\"status\":\"PENDING\"").doesNotContain("GEZDGNBV");
      String id = TenantApi.group("\"id\":(\\d+)", registered.body());
      OtpApp app = OtpApp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

      HttpResponse<String> confirmed =
          post(
              tenant.host(),
              "/api/otp/devices/" + id + "/confirm",
              token,
              "{\"code\":\"" + app.hotp(0) + "\"}");
      assertThat(confirmed.body()).contains("\"status\":\"ACCEPTED\"");

      String code = app.hotp(1);
      String validation =
          "{\"deviceId\":" + id + ",\"purpose\":\"LOGIN\",\"code\":\"" + code + "\"}";
      HttpResponse<String> accepted = post(tenant.host(), "/api/otp/validate", token, validation);
      assertThat(accepted.statusCode()).isEqualTo(200);
      assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"");
      HttpResponse<String> replayed = post(tenant.host(), "/api/otp/validate", token, validation);
      assertThat(replayed.statusCode()).isEqualTo(200);
      assertThat(replayed.body())
          .contains(
              "\"status\":\"REJECTED\"", "\"reason\":\"REPLAYED\"", "OTP-003", "Codice già usato");

      HttpResponse<String> letters =
          post(
              tenant.host(),
              "/api/otp/validate",
              token,
              "{\"deviceId\":" + id + ",\"purpose\":\"LOGIN\",\"code\":\"12ab56\"}");
      assertThat(letters.statusCode()).isEqualTo(400);
      String correlationId = letters.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertThat(letters.body())
          .contains(
              "\"code\":\"OTP-002\"",
              "Il codice deve essere composto da 6 cifre.",
              "\"correlationId\":\"" + correlationId + "\"")
          .doesNotContain("Exception", "at io.sigillo");

      HttpResponse<String> purpose =
          post(
              tenant.host(),
              "/api/otp/validate",
              token,
              "{\"deviceId\":" + id + ",\"purpose\":\"PAY\",\"code\":\"123456\"}");
      assertThat(purpose.statusCode()).isEqualTo(400);
      assertThat(purpose.body()).contains("\"code\":\"SIG-006\"", "purpose");

      HttpResponse<String> notJson = post(tenant.host(), "/api/otp/validate", token, "{\"code\":");
      assertThat(notJson.statusCode()).isEqualTo(400);
      assertThat(notJson.body()).contains("\"code\":\"SIG-006\"");
    }
  }

  @Test
  void theOtpApiRefusesNoTokenAnotherTenantsClientsAndATokenWithoutItsAudienceWithCataloguedJson() {
    TestTenants.Tenant alpha = TestTenants.active("otpa", "Alpha", "#102030", "#405060");
    TestTenants.Tenant beta = TestTenants.active("otpb", "Beta", "#102030", "#405060");
    String body = "{\"owner\":\"anna.neri\",\"purpose\":\"LOGIN\",\"code\":\"123456\"}";

    HttpResponse<String> anonymous = post(alpha.host(), "/api/otp/validate", null, body);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("SIG-010");

    try (TenantClient alphaClients = new TenantClient(base, alpha.slug());
        TenantClient betaClients = new TenantClient(base, beta.slug())) {
      // beta's back end and a person of beta through beta's signing app, on alpha's host
      String betaPerson = betaClients.person("beta");
      for (String betaToken :
          new String[] {betaClients.serviceToken(), betaClients.token(betaPerson)}) {
        HttpResponse<String> elsewhere = post(alpha.host(), "/api/otp/validate", betaToken, body);
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(403);
        assertCataloguedJson(elsewhere, "SIG-063", "altro rivenditore");
      }

      // alpha's back end whose client lost its audience mapper (say, edited by hand in Keycloak)
      KeycloakAdmin keycloak = alphaClients.platform().keycloak();
      ClientResource backEnd =
          keycloak.realm().clients().get(keycloak.client("backend-" + alpha.slug()).getId());
      backEnd.getProtocolMappers().getMappers().stream()
          .filter(m -> "oidc-audience-mapper".equals(m.getProtocolMapper()))
          .forEach(m -> backEnd.getProtocolMappers().delete(m.getId()));
      HttpResponse<String> notForTheApi =
          post(alpha.host(), "/api/otp/validate", alphaClients.serviceToken(), body);
      assertThat(notForTheApi.statusCode()).as(notForTheApi.body()).isEqualTo(401);
      assertCataloguedJson(notForTheApi, "SIG-062", "sigillo-api");

      // provisioning again puts the mapper back, and the back end gets past the door on its own
      // tenant (anna.neri has no device there)
      alphaClients.platform().provision(alpha.slug());
      HttpResponse<String> home =
          post(alpha.host(), "/api/otp/validate", alphaClients.serviceToken(), body);
      assertThat(home.statusCode()).as(home.body()).isNotIn(401, 403);
    }
  }

  private static void assertCataloguedJson(HttpResponse<String> answer, String code, String text) {
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(answer.body())
        .contains("\"code\":\"" + code + "\"", text, "\"correlationId\":\"")
        .doesNotContain("Exception", "at io.sigillo");
  }

  @Test
  void aBackEndCannotRegisterSomeonesMobileAndAnUnknownDeviceIsACataloguedNotFound() {
    TestTenants.Tenant tenant = TestTenants.active("otpsms", "Sms Srl", "#102030", "#405060");
    try (TenantClient backEnd = new TenantClient(base, tenant.slug())) {
      String token = backEnd.serviceToken();
      HttpResponse<String> refused =
          post(
              tenant.host(),
              "/api/otp/devices/sms",
              token,
              "{\"owner\":\"anna.neri\",\"mobile\":\"3331234567\"}");
      // a back end registers no one's number: only its owner at level 2 (SmsDeviceIT checks E.164)
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("\"code\":\"OTP-061\"").doesNotContain("Exception");
      HttpResponse<String> none =
          post(
              tenant.host(),
              "/api/otp/devices/999999999/sms-code",
              token,
              "{\"purpose\":\"LOGIN\"}");
      assertThat(none.statusCode()).isEqualTo(404);
      assertThat(none.body()).contains("\"code\":\"OTP-008\"");
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheOtpApi() {
    HttpResponse<String> document = Http.getRoot(base, "/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains(
            "/otp/validate",
            "/otp/devices/{id}/resync",
            "/otp/devices/sms",
            "/otp/devices/{id}/sms-code",
            "CLOCK_DRIFT",
            "OTP devices");
  }
}
