package io.sigillo.devtools.relyingparty;

import io.sigillo.core.secrets.DevelopmentSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the demo relying party lives and which Keycloak it registers with. The Keycloak keys are
 * the platform's own ({@code sigillo.keycloak.*}), so the demo needs no setting of its own beyond
 * its public address, which {@code scripts/run.sh} sets to the port it runs on.
 */
@ApplicationScoped
public class RelyingPartySettings {

  /** The client id of the demo site in the realm. */
  public static final String CLIENT_ID = "demo-pa";

  /** The path the demo site is served under; a tenantless path of the demo. */
  public static final String PATH = "/demo-pa/";

  @Inject
  @ConfigProperty(
      name = "sigillo.demo.relying-party.url",
      defaultValue = "http://localhost:8080/demo-pa/")
  String url;

  @Inject
  @ConfigProperty(name = "sigillo.keycloak.url", defaultValue = "http://localhost:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "sigillo.keycloak.realm", defaultValue = "sigillo")
  String realm;

  @Inject
  @ConfigProperty(name = "sigillo.keycloak.admin.client-id", defaultValue = "sigillo-admin")
  String adminClientId;

  @Inject
  @ConfigProperty(
      name = "sigillo.keycloak.admin.client-secret",
      defaultValue = DevelopmentSecrets.KEYCLOAK_ADMIN_CLIENT_SECRET)
  String adminClientSecret;

  @Inject
  @ConfigProperty(name = "sigillo.keycloak.timeout-seconds", defaultValue = "5")
  int timeoutSeconds;

  /** The site's address, ending with {@code /}: {@code http://localhost:8080/demo-pa/}. */
  public URI home() {
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  /** Where Keycloak sends the browser back with the code; the only redirect URI registered. */
  public URI callback() {
    return home().resolve("callback");
  }

  /** The realm's issuer, as Keycloak writes it when reached at {@code sigillo.keycloak.url}. */
  public URI issuer() {
    String base =
        keycloakUrl.endsWith("/")
            ? keycloakUrl.substring(0, keycloakUrl.length() - 1)
            : keycloakUrl;
    return URI.create(base + "/realms/" + realm);
  }

  String keycloakUrl() {
    return keycloakUrl;
  }

  String realm() {
    return realm;
  }

  String adminClientId() {
    return adminClientId;
  }

  String adminClientSecret() {
    return adminClientSecret;
  }

  public Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }
}
