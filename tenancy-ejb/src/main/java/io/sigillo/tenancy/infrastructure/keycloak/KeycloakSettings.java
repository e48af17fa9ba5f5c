package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.secrets.DevelopmentSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the platform's Keycloak is and how the application authenticates to its admin API. Read
 * once, when the application first needs Keycloak; the defaults match the README run command
 * ({@code scripts/keycloak.sh start .sigillo/keycloak 8180}). In production the secret comes from
 * the environment ({@code SIGILLO_KEYCLOAK_ADMIN_CLIENT_SECRET}), never from the WAR.
 */
@ApplicationScoped
public class KeycloakSettings {

  @Inject
  @ConfigProperty(name = "sigillo.keycloak.url", defaultValue = "http://localhost:8180")
  String url;

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

  /**
   * Redirect URIs accept any port on {@code *.localhost} hosts, for development and tests where the
   * portal runs on a random port. Such names only ever resolve to the local machine.
   */
  @Inject
  @ConfigProperty(name = "sigillo.keycloak.localhost-any-port", defaultValue = "true")
  boolean localhostAnyPort;

  /**
   * The audience an access token must name to be accepted by the API: provisioning adds it to the
   * tenant clients with an audience mapper, and clients of resellers' or the platform's back ends
   * need the same mapper. Tokens of the realm's other clients are refused.
   */
  @Inject
  @ConfigProperty(name = "sigillo.api.audience", defaultValue = "sigillo-api")
  String apiAudience;

  /**
   * Where a tenant's signing app may receive its authorization code, set when the client is created
   * (comma-separated). The default is the loopback interface, where a native app listens on a port
   * of its choice (RFC 8252, 7.3: Keycloak accepts any port on a loopback redirect URI). A reseller
   * whose app is a web site or uses its own URL scheme has its URIs set on its {@code signing-}
   * client in Keycloak; provisioning leaves them as they are.
   */
  @Inject
  @ConfigProperty(
      name = "sigillo.keycloak.signing-app.redirect-uris",
      defaultValue = "http://127.0.0.1/*")
  List<String> signingAppRedirectUris;

  /** Base URL without a trailing slash, e.g. {@code http://localhost:8180}. */
  public String url() {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String realm() {
    return realm;
  }

  /** The realm's issuer URL, as Keycloak writes it into tokens when reached at {@link #url()}. */
  public URI issuer() {
    return URI.create(url() + "/realms/" + realm);
  }

  public String adminClientId() {
    return adminClientId;
  }

  String adminClientSecret() {
    return adminClientSecret;
  }

  public Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }

  public String apiAudience() {
    return apiAudience;
  }

  /**
   * A 256-bit key for {@code purpose}, derived (HMAC-SHA256) from the admin client secret: every
   * node of a cluster has that secret, so they derive the same key without one more secret to
   * configure, and the derivation is one-way, so the key reveals nothing of the secret.
   */
  public byte[] derivedKey(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(adminClientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  public List<String> signingAppRedirectUris() {
    return signingAppRedirectUris.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
  }

  public boolean localhostAnyPort() {
    return localhostAnyPort;
  }
}
