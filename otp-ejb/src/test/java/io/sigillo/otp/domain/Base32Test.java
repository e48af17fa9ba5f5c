package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

  /** RFC 4648 section 10, with the padding removed as the key-URI format wants. */
  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void encodesTheRfc4648VectorsWithoutPadding(String plain, String encoded) {
    assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    assertThat(Base32.decode(encoded)).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void a160BitSecretIs32CharactersAndRoundTrips() {
    byte[] secret = OtpSecret.generate(new SecureRandom()).bytes();
    String encoded = Base32.encode(secret);
    assertThat(encoded).hasSize(32).matches("[A-Z2-7]+");
    assertThat(Base32.decode(encoded)).isEqualTo(secret);
  }

  @Test
  void decodingForgivesCasePaddingAndGroupingButNotForeignCharacters() {
    assertThat(Base32.decode("mzxw 6ytb-oi======"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
  }
}
