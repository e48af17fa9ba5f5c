package io.sigillo.core.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsEncodingTest {

  @Test
  void italianTextWithAccentsStaysInTheGsmAlphabet() {
    assertThat(SmsEncoding.of("Perché è già così? àèéìòù").ucs2()).isFalse();
    assertThat(Gsm7.decode(Gsm7.encode("Perché è così àèéìòù"))).isEqualTo("Perché è così àèéìòù");
  }

  @Test
  void charactersOutsideTheAlphabetNeedUcs2() {
    assertThat(SmsEncoding.of("Città di Forlì — ok").ucs2()).as("the dash").isTrue();
    assertThat(SmsEncoding.of("È").ucs2()).as("capital E grave is not GSM 7").isTrue();
  }

  @Test
  void oneHundredSixtySeptetsAreOneMessageAndOneMoreMakesTwoParts() {
    assertThat(SmsEncoding.of("a".repeat(160)).parts()).hasSize(1);
    assertThat(SmsEncoding.of("a".repeat(161)).parts()).hasSize(2);
    assertThat(SmsEncoding.of("€".repeat(80)).parts()).as("€ takes two septets").hasSize(1);
    assertThat(SmsEncoding.of("€".repeat(81)).parts()).hasSize(2);
  }

  @Test
  void anEscapeSequenceIsNeverSplitAcrossParts() {
    String text = "a".repeat(152) + "€" + "b".repeat(20);

    SmsEncoding encoding = SmsEncoding.of(text);

    assertThat(encoding.parts().get(0)).isEqualTo("a".repeat(152));
    assertThat(encoding.parts().get(1)).startsWith("€");
  }

  @Test
  void seventyUcs2CharactersAreOneMessage() {
    assertThat(SmsEncoding.of("Ж".repeat(70)).parts()).hasSize(1);
    assertThat(SmsEncoding.of("Ж".repeat(71)).parts()).hasSize(2);
  }
}
