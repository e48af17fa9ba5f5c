package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.TestTenants;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak down: this deployment is the shipped WAR with one extra configuration source (higher
 * ordinal than the environment) that points the application at a port where nothing listens —
 * exactly what the application sees in an outage, connection refused — without stopping the
 * Keycloak other tests share. Public pages still render; signing in shows the catalogued page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginUnavailableIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    JavaArchive deadKeycloak =
        ShrinkWrap.create(JavaArchive.class, "it-dead-keycloak.jar")
            .addAsManifestResource(
                new StringAsset(
                    "config_ordinal=900\nsigillo.keycloak.url=http://127.0.0.1:"
                        + unusedPort()
                        + "\nsigillo.keycloak.timeout-seconds=2\n"),
                "microprofile-config.properties");
    return Deployments.sigillo().addAsLibrary(deadKeycloak);
  }

  @ArquillianResource private URL base;

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePublicHomePageStillRendersWithTheTenantsBranding() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    HttpBrowser.Page home =
        HttpBrowser.withoutAccept().get(HttpBrowser.on(base, alpha.host(), "/"));
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Alpha Fiduciaria", "--brand-primary:#0b5394");
  }

  @Test
  void signingInShowsLoginUnavailableWithACorrelationIdAndNoStackTrace() {
    TestTenants.Tenant alpha =
        TestTenants.active("alpha", "Alpha Fiduciaria", "#0b5394", "#e69138");
    HttpBrowser.Page account =
        HttpBrowser.withoutAccept().get(HttpBrowser.on(base, alpha.host(), "/account/"));
    assertThat(account.status()).isEqualTo(503);
    String correlationId = account.header("X-Correlation-Id");
    assertThat(correlationId).isNotBlank();
    assertThat(account.body())
        .contains("Accesso momentaneamente non disponibile", "SIG-008", correlationId)
        .doesNotContain("Exception", "at io.sigillo", "127.0.0.1");

    HttpBrowser.Page english =
        HttpBrowser.withoutAccept()
            .get(HttpBrowser.on(base, alpha.host(), "/account/"), "Accept-Language", "en");
    assertThat(english.body()).contains("Sign-in temporarily unavailable", "Correlation id");
  }

  @Test
  void aBearerTokenThatCannotBeCheckedGetsLoginUnavailableAsJson() {
    String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}");
    String claims = encode("{\"iss\":\"x\",\"sub\":\"s\",\"exp\":4102444800}");
    HttpBrowser.Page response =
        HttpBrowser.withoutAccept()
            .get(
                HttpBrowser.on(base, "platform.localhost", "/api/platform/tenants"),
                "Authorization",
                "Bearer " + header + "." + claims + "." + encode("signature"));
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.body()).contains("\"code\":\"SIG-008\"", "\"correlationId\":\"");
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
