package io.sigillo.keycloak.leveltwo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code sigillo-level-two} client's access token, reused until shortly before it expires: one
 * client-credentials grant per token lifetime instead of one per login, so a level-2 login costs
 * Sigillo's check and nothing more (the issue's benchmark compares with Keycloak's own OTP form).
 * Tokens are kept per token endpoint, since Keycloak is reached under the host name of the request
 * that needs one and the issuer follows that name.
 */
final class BrokerTokens {

  /** Renew this long before expiry, so a token never expires between the check and Sigillo. */
  static final Duration MARGIN = Duration.ofSeconds(30);

  /** Where new tokens come from: Keycloak's token endpoint in production, a stub in unit tests. */
  interface Source {
    Issued issue(URI tokenEndpoint) throws SigilloUnavailable;
  }

  /** A token as issued, with its lifetime ({@code expires_in}). */
  record Issued(String value, Duration lifetime) {}

  private record Cached(String value, Instant renewAt) {}

  private final Source source;
  private final Clock clock;
  private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

  BrokerTokens(Source source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /** A token valid for a while yet: the cached one, or a new one. */
  String token(URI tokenEndpoint) throws SigilloUnavailable {
    Cached cached = cache.get(tokenEndpoint);
    if (cached != null && clock.instant().isBefore(cached.renewAt())) {
      return cached.value();
    }
    // one grant at a time: logins arriving while a token is renewed wait for it, not ask for more
    synchronized (this) {
      cached = cache.get(tokenEndpoint);
      if (cached != null && clock.instant().isBefore(cached.renewAt())) {
        return cached.value();
      }
      Issued issued = source.issue(tokenEndpoint);
      Cached fresh = new Cached(issued.value(), clock.instant().plus(usable(issued.lifetime())));
      cache.put(tokenEndpoint, fresh);
      return fresh.value();
    }
  }

  /**
   * Drops a token Sigillo refused (401: Keycloak's keys rotated, the client's secret changed), so
   * the next call asks for a new one.
   */
  void forget(URI tokenEndpoint, String value) {
    cache.computeIfPresent(
        tokenEndpoint, (k, cached) -> cached.value().equals(value) ? null : cached);
  }

  /** How long a token is reused: its lifetime less the margin, or half of a very short one. */
  static Duration usable(Duration lifetime) {
    Duration margin =
        lifetime.compareTo(MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : MARGIN;
    return lifetime.minus(margin);
  }
}
