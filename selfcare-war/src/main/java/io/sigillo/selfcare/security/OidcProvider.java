package io.sigillo.selfcare.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.sigillo.selfcare.infrastructure.keycloak.KeycloakSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform realm as an OpenID provider: its metadata, its signing keys (the JWK set cached by
 * Nimbus, the Java keys by {@link VerificationKeys}, both refreshed when Keycloak rotates them) and
 * one ID-token validator per tenant client. Only RS256 signatures from the realm's JWKS are
 * accepted; {@code none} and HMAC never are.
 */
@ApplicationScoped
public class OidcProvider {

  @Inject private KeycloakSettings settings;

  private Issuer issuer;
  private int timeoutMillis;
  private JWSKeySelector<SecurityContext> keySelector;
  private final ConcurrentHashMap<String, IDTokenValidator> validators = new ConcurrentHashMap<>();
  private volatile OIDCProviderMetadata metadata;

  @PostConstruct
  void init() {
    issuer = new Issuer(settings.issuer());
    timeoutMillis = (int) settings.timeout().toMillis();
    URL jwks;
    try {
      // Keycloak's fixed location; resolving it from the metadata would need Keycloak up at boot
      jwks = new URL(settings.issuer() + "/protocol/openid-connect/certs");
    } catch (MalformedURLException e) {
      throw new IllegalStateException("sigillo.keycloak.url is not a URL", e);
    }
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.<SecurityContext>create(
                jwks, new DefaultResourceRetriever(timeoutMillis, timeoutMillis, 512 * 1024))
            .build();
    keySelector =
        new VerificationKeys(
            new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys), Clock.systemUTC());
  }

  public Issuer issuer() {
    return issuer;
  }

  int timeoutMillis() {
    return timeoutMillis;
  }

  JWSKeySelector<SecurityContext> keySelector() {
    return keySelector;
  }

  /**
   * The provider metadata, fetched now: a login starts only when Keycloak answers, so an outage
   * shows our catalogued page instead of a browser error on Keycloak's address.
   */
  OIDCProviderMetadata fetchMetadata() {
    try {
      OIDCProviderMetadata fetched =
          OIDCProviderMetadata.resolve(issuer, timeoutMillis, timeoutMillis);
      metadata = fetched;
      return fetched;
    } catch (IOException | GeneralException e) {
      throw new LoginUnavailableException("OpenID metadata of " + issuer + " unavailable", e);
    }
  }

  /** The metadata fetched last, or fetched now if none yet. */
  OIDCProviderMetadata metadata() {
    OIDCProviderMetadata known = metadata;
    return known != null ? known : fetchMetadata();
  }

  IDTokenValidator idTokenValidator(String clientId) {
    return validators.computeIfAbsent(
        clientId, id -> new IDTokenValidator(issuer, new ClientID(id), keySelector, null));
  }

  /** Whether a validation failure was Keycloak's keys being unreachable rather than a bad token. */
  static boolean keysUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof KeySourceException || t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
