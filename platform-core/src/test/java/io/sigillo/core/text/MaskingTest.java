package io.sigillo.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void anAddressKeepsItsFirstLetterAndDomain() {
    assertThat(Masking.mask("anna.neri@example.it")).isEqualTo("a***@example.it");
  }

  @Test
  void aNumberKeepsItsLastThreeDigits() {
    assertThat(Masking.mask("+393331234567")).isEqualTo("**********567");
    assertThat(Masking.mask("12")).isEqualTo("12");
  }

  @Test
  void noContactIsEmpty() {
    assertThat(Masking.mask(null)).isEmpty();
  }
}
