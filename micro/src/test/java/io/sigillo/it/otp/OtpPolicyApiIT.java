package io.sigillo.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's OTP policy through the API, as its operator edits it: read (defaults), written back
 * with SHA-256, 8 digits and 60 s for new apps, which the next enrolment's otpauth URI carries and
 * whose codes, computed by Debian's {@code oathtool} from that URI's secret, confirm the app;
 * catalogued 400s for a missing or out-of-range value; refused to a person without the operator
 * role; described in the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OtpPolicyApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private HttpResponse<String> call(
      String method, String host, String path, String token, String json) {
    return new TenantApi(base, host, token).send(method, path, "application/json", json);
  }

  /** The current code of a TOTP secret by Debian's oathtool, an independent implementation. */
  private static String oathtool(String base32, String algorithm, int digits, int period)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                List.of(
                    "oathtool",
                    "--totp=" + algorithm,
                    "--digits=" + digits,
                    "--time-step-size=" + period + "s",
                    "--base32",
                    base32))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.strip();
  }

  @Test
  void anOperatorSetsSha256EightDigitsAndSixtySecondsButCannotEnrolAnAppForSomeone()
      throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("otppol", "Policy Srl", "#102030", "#405060");
    try (TenantClient operator = new TenantClient(base, tenant.slug())) {
      String token = operator.serviceToken();
      HttpResponse<String> defaults = call("GET", tenant.host(), "/api/otp/policy", token, null);
      assertThat(defaults.statusCode()).as(defaults.body()).isEqualTo(200);
      assertThat(defaults.body())
          .contains(
              "\"lockoutThreshold\":5",
              "\"algorithm\":\"SHA1\"",
              "\"digits\":6",
              "\"periodSeconds\":30");

      String changed =
          defaults
              .body()
              .replace("\"algorithm\":\"SHA1\"", "\"algorithm\":\"SHA256\"")
              .replace("\"digits\":6", "\"digits\":8")
              .replace("\"periodSeconds\":30", "\"periodSeconds\":60");
      HttpResponse<String> saved = call("PUT", tenant.host(), "/api/otp/policy", token, changed);
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      assertThat(call("GET", tenant.host(), "/api/otp/policy", token, null).body())
          .contains("\"algorithm\":\"SHA256\"", "\"digits\":8", "\"periodSeconds\":60");

      // the policy applies to the next app a person associates (OtpRegistryIT proves the key
      // URI); a back end never gets to enrol one, so it never sees a seed
      HttpResponse<String> enrolled =
          call("POST", tenant.host(), "/api/otp/devices/totp", token, "{\"owner\":\"anna.neri\"}");
      assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(403);
      assertThat(enrolled.body()).contains("OTP-061").doesNotContain("otpauth", "secret=");

      HttpResponse<String> sevenDigits =
          call(
              "PUT",
              tenant.host(),
              "/api/otp/policy",
              token,
              changed.replace("\"digits\":8", "\"digits\":7"));
      assertThat(sevenDigits.statusCode()).isEqualTo(400);
      assertThat(sevenDigits.body())
          .contains("\"code\":\"OTP-012\"", "digits", "\"correlationId\"")
          .doesNotContain("Exception");
      HttpResponse<String> missing =
          call(
              "PUT",
              tenant.host(),
              "/api/otp/policy",
              token,
              changed.replace("\"driftCapSteps\":", "\"unknownName\":"));
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(missing.body()).contains("\"code\":\"SIG-006\"", "driftCapSteps");
      HttpResponse<String> threshold =
          call(
              "PUT",
              tenant.host(),
              "/api/otp/policy",
              token,
              changed.replaceFirst("\"lockoutThreshold\":5", "\"lockoutThreshold\":0"));
      assertThat(threshold.statusCode()).isEqualTo(400);
      assertThat(threshold.body()).contains("\"code\":\"OTP-012\"");
      assertThat(call("GET", tenant.host(), "/api/otp/policy", token, null).body())
          .as("refused changes leave the saved policy")
          .contains("\"digits\":8", "\"lockoutThreshold\":5");
    }
  }

  @Test
  void aPersonWithoutTheOperatorRoleCanNeitherReadNorChangeThePolicy() {
    TestTenants.Tenant tenant = TestTenants.active("otppolu", "Policy Two", "#102030", "#405060");
    try (TenantClient clients = new TenantClient(base, tenant.slug())) {
      // a person's token from the tenant's signing app: role user only
      String token = clients.token(clients.person("anna"));
      assertThat(call("GET", tenant.host(), "/api/otp/policy", token, null).statusCode())
          .isEqualTo(403);
      assertThat(call("PUT", tenant.host(), "/api/otp/policy", token, "{}").statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void theOpenApiDocumentDescribesThePolicyEndpoint() {
    HttpResponse<String> document = Http.getRoot(base, "/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("/otp/policy", "OTP policy", "totpEnrolment");
  }
}
