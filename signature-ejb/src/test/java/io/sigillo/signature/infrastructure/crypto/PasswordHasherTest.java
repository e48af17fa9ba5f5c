package io.sigillo.signature.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theRightPasswordMatchesAndAnyOtherDoesNot() {
    String stored = hasher.hash("Firma-remota-2026".toCharArray());

    assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.matches("Firma-remota-2026".toCharArray(), stored)).isTrue();
    assertThat(hasher.matches("firma-remota-2026".toCharArray(), stored)).isFalse();
    assertThat(hasher.matches("".toCharArray(), stored)).isFalse();
    assertThat(hasher.outdated(stored)).isFalse();
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSalt() {
    char[] password = "Firma-remota-2026".toCharArray();
    assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
  }

  @Test
  void aHashWithWeakerParametersStillMatchesAndIsOutdated() {
    byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(4096)
            .withIterations(1)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[32];
    generator.generateBytes("old-password-1".getBytes(StandardCharsets.UTF_8), hash);
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
    String stored =
        "$argon2id$v=19$m=4096,t=1,p=1$"
            + b64.encodeToString(salt)
            + "$"
            + b64.encodeToString(hash);

    assertThat(hasher.matches("old-password-1".toCharArray(), stored)).isTrue();
    assertThat(hasher.outdated(stored)).isTrue();
  }

  @Test
  void theRfc9106TestVectorIsReproducedByTheGeneratorInUse() {
    // RFC 9106 section 5.3 (Argon2id, m=32 KiB, t=3, p=4, secret and associated data)
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(32)
            .withIterations(3)
            .withParallelism(4)
            .withSalt(repeat(0x02, 16))
            .withSecret(repeat(0x03, 8))
            .withAdditional(repeat(0x04, 12))
            .build());
    byte[] tag = new byte[32];
    generator.generateBytes(repeat(0x01, 32), tag);

    assertThat(HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void somethingThatIsNotAnArgon2idHashMatchesNothing() {
    assertThat(hasher.matches("x".toCharArray(), "plain")).isFalse();
    assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
  }

  private static byte[] repeat(int value, int length) {
    byte[] bytes = new byte[length];
    java.util.Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
