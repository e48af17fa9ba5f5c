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
import io.sigillo.tenancy.api.LoginClients;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform realm as an OpenID provider: its metadata, its signing keys (the JWK set cached by
 * Nimbus, the Java keys by {@link VerificationKeys}, both refreshed when Keycloak rotates them) and
 * one ID-token validator per tenant client. Only RS256 signatures from the realm's JWKS are
 * accepted; {@code none} and HMAC never are.
 */
@ApplicationScoped
public class OidcProvider {

  /** How long fetched metadata is used before it is fetched again. */
  static final Duration METADATA_TTL = Duration.ofMinutes(5);

  /** After a failed fetch, logins are refused this long without asking Keycloak again. */
  static final Duration FAILURE_HOLD = Duration.ofSeconds(5);

  @Inject LoginClients settings;
  @Inject Clock clock;

  private Issuer issuer;
  private int timeoutMillis;
  private JWSKeySelector<SecurityContext> keySelector;
  private final ConcurrentHashMap<String, IDTokenValidator> validators = new ConcurrentHashMap<>();
  private final Object fetchLock = new Object();
  private volatile Fetched fetched;
  private volatile Instant failedAt;

  /** Metadata and when it was fetched. */
  private record Fetched(OIDCProviderMetadata metadata, Instant at) {}

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
   * The provider metadata, fetched at most once per {@link #METADATA_TTL} (and by one request at a
   * time), so an anonymous hit on a protected page costs no round-trip to Keycloak. A login still
   * starts only when Keycloak answered lately: a failed fetch refuses logins with our catalogued
   * page (for {@link #FAILURE_HOLD} without retrying) instead of a browser error on Keycloak's
   * address.
   */
  OIDCProviderMetadata metadata() {
    Fetched known = fetched;
    if (known != null && fresh(known)) {
      return known.metadata();
    }
    synchronized (fetchLock) {
      known = fetched;
      if (known != null && fresh(known)) {
        return known.metadata();
      }
      Instant failed = failedAt;
      if (failed != null && failed.plus(FAILURE_HOLD).isAfter(clock.instant())) {
        throw new LoginUnavailableException(
            "OpenID metadata of " + issuer + " failed lately", null);
      }
      try {
        OIDCProviderMetadata metadata =
            OIDCProviderMetadata.resolve(issuer, timeoutMillis, timeoutMillis);
        fetched = new Fetched(metadata, clock.instant());
        failedAt = null;
        return metadata;
      } catch (IOException | GeneralException e) {
        failedAt = clock.instant();
        throw new LoginUnavailableException("OpenID metadata of " + issuer + " unavailable", e);
      }
    }
  }

  private boolean fresh(Fetched known) {
    Instant now = clock.instant();
    // a clock moved backwards (tests travel in time) counts as stale, not as fresh forever
    return !known.at().isAfter(now) && known.at().plus(METADATA_TTL).isAfter(now);
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
