package io.sigillo.otp.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.time.ClockOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class OtpErrorCatalogueTest {

  @Test
  void everyCodeHasItalianAndEnglishTitleMessageAndNextStep() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
      ResourceBundle bundle = ErrorCatalogue.bundle(OtpError.CODE_INVALID.bundle(), locale);
      for (OtpError code : OtpError.values()) {
        for (String part : new String[] {"title", "message", "next"}) {
          String key = code.name() + "." + part;
          assertThat(bundle.containsKey(key)).as("%s in %s", key, locale).isTrue();
          assertThat(bundle.getString(key)).as("%s in %s", key, locale).isNotBlank();
        }
      }
    }
  }

  @Test
  void theItalianAndEnglishBundlesHaveTheSameKeysAndNoStrayOnes() {
    ResourceBundle italian = ErrorCatalogue.bundle(OtpError.CODE_INVALID.bundle(), Locale.ROOT);
    ResourceBundle english = ErrorCatalogue.bundle(OtpError.CODE_INVALID.bundle(), Locale.ENGLISH);
    assertThat(english.keySet()).isEqualTo(italian.keySet());
    assertThat(italian.keySet()).hasSize(OtpError.values().length * 3);
  }

  @Test
  void clockDriftTellsTheOffsetInBothLanguagesAndKeepsItalianApostrophes() {
    String offset = new ClockOffset(java.time.Duration.ofMinutes(4)).render();
    var it = ErrorCatalogue.describe(OtpError.CLOCK_DRIFT, Locale.ITALIAN, List.of(offset));
    var en = ErrorCatalogue.describe(OtpError.CLOCK_DRIFT, Locale.ENGLISH, List.of(offset));

    assertThat(it.code()).isEqualTo("OTP-004");
    assertThat(it.title()).isEqualTo("L'orologio del telefono non è preciso");
    assertThat(it.message()).contains("+4 min").contains("l'ora");
    assertThat(it.nextStep()).contains("automatiche").contains("dall'app");
    assertThat(en.message()).contains("+4 min");
    assertThat(en.title()).isEqualTo("Your phone's clock is off");
  }

  @Test
  void codesAreUniqueNumberedAndPrefixed() {
    assertThat(Arrays.stream(OtpError.values()).map(OtpError::code).distinct().count())
        .isEqualTo(OtpError.values().length);
    assertThat(OtpError.values()).allSatisfy(e -> assertThat(e.code()).matches("OTP-\\d{3}"));
    assertThat(OtpError.CODE_INVALID.code()).isEqualTo("OTP-001");
  }
}
