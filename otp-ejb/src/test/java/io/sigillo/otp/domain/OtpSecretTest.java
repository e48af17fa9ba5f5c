package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class OtpSecretTest {

  @Test
  void generatedSecretsHave160RandomBits() {
    SecureRandom random = new SecureRandom();
    OtpSecret one = OtpSecret.generate(random);
    OtpSecret two = OtpSecret.generate(random);
    assertThat(one.length()).isEqualTo(20);
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void secretsShorterThanRfc4226AllowsAreRefused() {
    assertThatThrownBy(() -> OtpSecret.of(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callersCannotAlterTheSecretAndItNeverPrintsItself() {
    byte[] raw = new byte[20];
    raw[0] = 42;
    OtpSecret secret = OtpSecret.of(raw);
    raw[0] = 0;
    secret.bytes()[0] = 0;
    assertThat(secret.bytes()[0]).isEqualTo((byte) 42);
    assertThat(secret.toString()).isEqualTo("OtpSecret[160 bits]");
  }
}
