package io.sigillo.selfcare.security;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm's signature keys as Java keys, converted once per key id. Nimbus' selector matches the
 * cached JWK set and converts the JWK to an {@code RSAPublicKey} on every token, about a quarter of
 * the CPU time of a validate call; the keys change only when Keycloak rotates them.
 *
 * <p>A token with a key id not seen yet goes to the underlying selector, whose JWK source fetches
 * the set again (rate-limited) when the id is unknown, so a rotated key is picked up at its first
 * token. An entry is dropped after {@link #TIME_TO_LIVE}, the JWK source's own cache period, so a
 * key Keycloak withdrew stops verifying tokens as soon as it would have without this cache. Only
 * what the underlying selector accepts (RS256 from the realm's JWKS) is ever cached.
 */
final class VerificationKeys implements JWSKeySelector<SecurityContext> {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

  private record Entry(List<? extends Key> keys, Instant until) {}

  private final JWSVerificationKeySelector<SecurityContext> selector;
  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> byKeyId = new ConcurrentHashMap<>();

  VerificationKeys(JWSVerificationKeySelector<SecurityContext> selector, Clock clock) {
    this.selector = selector;
    this.clock = clock;
  }

  @Override
  public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context)
      throws KeySourceException {
    String keyId = header.getKeyID();
    if (keyId == null || !selector.isAllowed(header.getAlgorithm())) {
      return selector.selectJWSKeys(header, context);
    }
    Instant now = clock.instant();
    Entry known = byKeyId.get(keyId);
    if (known != null && now.isBefore(known.until())) {
      return known.keys();
    }
    List<? extends Key> keys = List.copyOf(selector.selectJWSKeys(header, context));
    if (keys.isEmpty()) {
      byKeyId.remove(keyId);
    } else {
      byKeyId.put(keyId, new Entry(keys, now.plus(TIME_TO_LIVE)));
    }
    return keys;
  }
}
