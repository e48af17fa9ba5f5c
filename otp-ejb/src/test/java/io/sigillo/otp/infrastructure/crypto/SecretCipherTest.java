package io.sigillo.otp.infrastructure.crypto;

import static io.sigillo.otp.infrastructure.crypto.KeyringTest.base64Key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpError;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SecretBinding ROW = new SecretBinding(TenantId.of("alpha"), 1051);

  private final byte[] secret = RANDOM.generateSeed(20);

  private static SecretCipher cipher(String current, String entries) {
    return new SecretCipher(Keyring.parse(current, entries), RANDOM);
  }

  private final SecretCipher cipher = cipher("k1", "k1:" + base64Key(1));

  private static void assertFailsWith(Runnable action, OtpError expected) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            SigilloException.class, e -> assertThat(e.code()).isEqualTo(expected));
  }

  @Test
  void roundTripsAndUsesAFreshIvEachTime() {
    byte[] first = cipher.encrypt(secret, ROW);
    byte[] second = cipher.encrypt(secret, ROW);

    assertThat(cipher.decrypt(first, ROW)).isEqualTo(secret);
    assertThat(first).isNotEqualTo(second);
    assertThat(first).hasSize(2 + 2 + 12 + 20 + 16);
    assertThat(SecretCipher.keyIdOf(first)).isEqualTo("k1");
  }

  @Test
  void aSecretCopiedToAnotherRowOrTenantDoesNotDecrypt() {
    byte[] stored = cipher.encrypt(secret, ROW);

    assertFailsWith(
        () -> cipher.decrypt(stored, new SecretBinding(TenantId.of("alpha"), 1052)),
        OtpError.SECRET_UNREADABLE);
    assertFailsWith(
        () -> cipher.decrypt(stored, new SecretBinding(TenantId.of("beta"), 1051)),
        OtpError.SECRET_UNREADABLE);
  }

  @Test
  void anyAlteredByteIsDetected() {
    byte[] stored = cipher.encrypt(secret, ROW);
    for (int i = 4; i < stored.length; i++) {
      byte[] tampered = Arrays.copyOf(stored, stored.length);
      tampered[i] ^= 0x01;
      assertFailsWith(() -> cipher.decrypt(tampered, ROW), OtpError.SECRET_UNREADABLE);
    }
    assertFailsWith(
        () -> cipher.decrypt(Arrays.copyOf(stored, stored.length - 1), ROW),
        OtpError.SECRET_UNREADABLE);
    assertFailsWith(() -> cipher.decrypt(new byte[] {9, 9}, ROW), OtpError.SECRET_UNREADABLE);
  }

  @Test
  void aHeaderRelabelledToAnotherKnownKeyDoesNotDecrypt() {
    SecretCipher twoKeys = cipher("k1", "k1:" + base64Key(1) + ",k2:" + base64Key(1));
    byte[] stored = twoKeys.encrypt(secret, ROW);
    stored[3] = '2';

    assertThat(SecretCipher.keyIdOf(stored)).isEqualTo("k2");
    assertFailsWith(() -> twoKeys.decrypt(stored, ROW), OtpError.SECRET_UNREADABLE);
  }

  @Test
  void aKeyNoLongerInTheRingIsReportedAsSuch() {
    byte[] stored = cipher("old", "old:" + base64Key(3)).encrypt(secret, ROW);

    assertFailsWith(() -> cipher.decrypt(stored, ROW), OtpError.SECRET_KEY_UNKNOWN);
  }

  @Test
  void rotationReencryptsUnderTheNewCurrentKeyAndTheOldKeyCanThenBeRemoved() {
    byte[] underOld = cipher("k1", "k1:" + base64Key(1)).encrypt(secret, ROW);
    SecretCipher rotating = cipher("k2", "k1:" + base64Key(1) + ",k2:" + base64Key(2));

    assertThat(rotating.needsRotation(underOld)).isTrue();
    assertThat(rotating.decrypt(underOld, ROW)).isEqualTo(secret);
    byte[] underNew = rotating.reencrypt(underOld, ROW);

    assertThat(SecretCipher.keyIdOf(underNew)).isEqualTo("k2");
    assertThat(rotating.needsRotation(underNew)).isFalse();
    SecretCipher afterRemoval = cipher("k2", "k2:" + base64Key(2));
    assertThat(afterRemoval.decrypt(underNew, ROW)).isEqualTo(secret);
    assertFailsWith(() -> afterRemoval.decrypt(underOld, ROW), OtpError.SECRET_KEY_UNKNOWN);
  }

  @Test
  void anotherModulesValueIsReSealedForItsOwnKindAndRowOnly() {
    SecretBinding scan = new SecretBinding(TenantId.of("alpha"), 1051, "identity-document-scan");
    byte[] underOld = cipher("k1", "k1:" + base64Key(1)).encrypt(secret, scan);
    SecretCipher rotating = cipher("k2", "k1:" + base64Key(1) + ",k2:" + base64Key(2));

    byte[] underNew = rotating.reencrypt(underOld, scan);

    assertThat(SecretCipher.keyIdOf(underNew)).isEqualTo("k2");
    SecretCipher afterRemoval = cipher("k2", "k2:" + base64Key(2));
    assertThat(afterRemoval.decrypt(underNew, scan)).isEqualTo(secret);
    assertFailsWith(() -> afterRemoval.decrypt(underNew, ROW), OtpError.SECRET_UNREADABLE);
    assertFailsWith(() -> rotating.reencrypt(underOld, ROW), OtpError.SECRET_UNREADABLE);
  }
}
