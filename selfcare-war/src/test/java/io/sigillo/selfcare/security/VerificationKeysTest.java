package io.sigillo.selfcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerificationKeysTest {

  private static RSAKey first;
  private static RSAKey second;

  @BeforeAll
  static void keys() throws JOSEException {
    first = new RSAKeyGenerator(2048).keyID("k1").generate().toPublicJWK();
    second = new RSAKeyGenerator(2048).keyID("k2").generate().toPublicJWK();
  }

  /** The realm's JWK set, counting how often it is asked. */
  private static final class Realm implements JWKSource<SecurityContext> {
    JWKSet published;
    int asked;

    Realm(JWK... keys) {
      published = new JWKSet(List.of(keys));
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
      asked++;
      return selector.select(published);
    }
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static JWSHeader header(JWSAlgorithm algorithm, String keyId) {
    return new JWSHeader.Builder(algorithm).keyID(keyId).build();
  }

  @Test
  void aKeyIdSeenBeforeIsServedWithoutAskingTheRealmUntilItsTimeToLiveEnds() throws Exception {
    Realm realm = new Realm(first);
    MovableClock clock = new MovableClock();
    VerificationKeys keys =
        new VerificationKeys(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, realm), clock);

    var once = keys.selectJWSKeys(header(JWSAlgorithm.RS256, "k1"), null);
    var twice = keys.selectJWSKeys(header(JWSAlgorithm.RS256, "k1"), null);
    clock.now = clock.now.plus(VerificationKeys.TIME_TO_LIVE).plus(Duration.ofSeconds(1));
    var later = keys.selectJWSKeys(header(JWSAlgorithm.RS256, "k1"), null);

    assertThat(once).hasSize(1);
    assertThat(twice).isEqualTo(once);
    assertThat(once.get(0)).isEqualTo(first.toRSAPublicKey());
    assertThat(later).isEqualTo(once);
    assertThat(realm.asked).as("converted once, then again after the time to live").isEqualTo(2);
  }

  @Test
  void anUnknownKeyIdIsAskedForEachTimeSoARotatedKeyIsFoundAtItsFirstToken() throws Exception {
    Realm realm = new Realm(first);
    VerificationKeys keys =
        new VerificationKeys(
            new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, realm), new MovableClock());

    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.RS256, "k2"), null)).isEmpty();
    realm.published = new JWKSet(List.of(first, second));
    var rotated = keys.selectJWSKeys(header(JWSAlgorithm.RS256, "k2"), null);

    assertThat(rotated).hasSize(1);
    assertThat(rotated.get(0)).isEqualTo(second.toRSAPublicKey());
    assertThat(realm.asked).isEqualTo(2);
  }

  @Test
  void aTokenOfAnotherAlgorithmGetsNoKeyEvenForAKnownKeyId() throws Exception {
    Realm realm = new Realm(first);
    VerificationKeys keys =
        new VerificationKeys(
            new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, realm), new MovableClock());
    keys.selectJWSKeys(header(JWSAlgorithm.RS256, "k1"), null);

    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.HS256, "k1"), null)).isEmpty();
    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.RS512, "k1"), null)).isEmpty();
  }
}
