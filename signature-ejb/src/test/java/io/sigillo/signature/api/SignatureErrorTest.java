package io.sigillo.signature.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.error.ErrorCatalogue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The texts of particular signature codes as people read them (catalogue rules: {@link
 * ErrorCataloguesTest}).
 */
class SignatureErrorTest {
  @Test
  void municipalityMismatchReadsAsACitizenWouldSayIt() {
    var italian =
        ErrorCatalogue.describe(
            SignatureError.PLACE_MISMATCH, Locale.ITALIAN, List.of("Milano", "H501", "ROMA (RM)"));
    var english =
        ErrorCatalogue.describe(
            SignatureError.PLACE_MISMATCH, Locale.ENGLISH, List.of("Milano", "H501", "ROMA (RM)"));

    assertThat(italian.code()).isEqualTo("SIGN-015");
    assertThat(italian.message())
        .isEqualTo(
            "Il comune di nascita Milano non corrisponde al codice H501 del codice fiscale"
                + " (caratteri 12-15), che è il codice di ROMA (RM).");
    assertThat(english.message())
        .isEqualTo(
            "The municipality of birth Milano does not match the code H501 in the tax code"
                + " (characters 12-15), which is the code of ROMA (RM).");
  }

  @Test
  void provinceTypedAsPlaceSaysToEnterTheMunicipality() {
    var italian =
        ErrorCatalogue.describe(
            SignatureError.PLACE_IS_PROVINCE, Locale.ITALIAN, List.of("Monza e della Brianza"));
    var english =
        ErrorCatalogue.describe(
            SignatureError.PLACE_IS_PROVINCE, Locale.ENGLISH, List.of("Monza e della Brianza"));

    assertThat(italian.message())
        .isEqualTo("Monza e della Brianza è una provincia: inserisci il comune di nascita.");
    assertThat(english.message())
        .isEqualTo("Monza e della Brianza is a province: enter the municipality of birth.");
  }

  @Test
  void italianApostropheSurvivesFormatting() {
    var text =
        ErrorCatalogue.describe(
            SignatureError.BIRTH_YEAR_MISMATCH, Locale.ITALIAN, List.of("1986", "85"));

    assertThat(text.title()).isEqualTo("L'anno di nascita non corrisponde al codice fiscale");
    assertThat(text.message())
        .isEqualTo(
            "L'anno di nascita 1986 non corrisponde ai caratteri 7-8 del codice fiscale, che"
                + " riportano 85.");
  }
}
