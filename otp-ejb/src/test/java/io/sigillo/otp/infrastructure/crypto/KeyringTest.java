package io.sigillo.otp.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyringTest {

  static String base64Key(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void parsesConfiguredEntriesAndKnowsWhichKeyIsCurrent() {
    Keyring ring = Keyring.parse("k2026a", "k2025b:" + base64Key(1) + ", k2026a:" + base64Key(2));

    assertThat(ring.currentKeyId()).isEqualTo("k2026a");
    assertThat(ring.keyIds()).containsExactlyInAnyOrder("k2025b", "k2026a");
    assertThat(ring.find("k2025b")).isPresent();
    assertThat(ring.find("gone")).isEmpty();
  }

  @Test
  void refusesShortKeysMissingCurrentBadIdsAndDuplicates() {
    assertThatThrownBy(() -> Keyring.of("a", Map.of("a", new byte[16])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keyring.parse("b", "a:" + base64Key(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keyring.parse("a b", "a b:" + base64Key(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keyring.parse("a", "a:" + base64Key(1) + ",a:" + base64Key(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keyring.parse("a", "a:not base64!"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsKeyMaterial() {
    Keyring ring = Keyring.parse("k1", "k1:" + base64Key(7));
    assertThat(ring.toString()).doesNotContain(base64Key(7)).contains("k1");
  }
}
