package io.sigillo.otp.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.otp.api.SmsPurpose;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmsTextsTest {

  @Test
  void everyPurposeHasAnItalianAndAnEnglishTextNamingPortalCodeAndLifetime() {
    for (SmsPurpose purpose : SmsPurpose.values()) {
      for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
        String text = SmsTexts.text(locale, "Alpha Fiduciaria", purpose, "012345", 5);
        assertThat(text).startsWith("Alpha Fiduciaria: 012345 ").contains(" 5 ");
        assertThat(text.length()).as("one SMS").isLessThanOrEqualTo(160);
        assertThat(text).as("GSM 7-bit only: " + text).matches("[A-Za-z0-9 :.,'èéùìòà]+");
      }
    }
  }

  @Test
  void italianIsTheDefaultAndApostrophesSurviveMessageFormat() {
    String it = SmsTexts.text(Locale.GERMAN, "Beta", SmsPurpose.RECONFIGURE, "999999", 5);
    assertThat(it).contains("l'app OTP").contains("è il codice");
    assertThat(SmsTexts.text(Locale.UK, "Beta", SmsPurpose.LOGIN, "999999", 5))
        .contains("is your code");
  }
}
