package io.sigillo.signature.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.text.CodiceFiscale;
import io.sigillo.signature.api.InvalidTaxCodeException;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignatureError;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vectors: the two codes published as examples (Mario Rossi, A562; Matteo Moretti, F205) and codes
 * whose check characters were computed with a separate implementation of the official tables before
 * being written here.
 */
class TaxCodeTest {

  @Test
  void publishedExampleIsReadPartByPart() {
    TaxCode code = TaxCode.parse("RSSMRA85T10A562S");

    assertThat(code.surnameCode()).isEqualTo("RSS");
    assertThat(code.givenNameCode()).isEqualTo("MRA");
    assertThat(code.birthYearCode()).isEqualTo("85");
    assertThat(code.birthYearOfCentury()).isEqualTo(85);
    assertThat(code.birthMonthLetter()).isEqualTo('T');
    assertThat(code.birthMonth()).isEqualTo(12);
    assertThat(code.dayCode()).isEqualTo("10");
    assertThat(code.birthDay()).isEqualTo(10);
    assertThat(code.sex()).isEqualTo(Sex.MALE);
    assertThat(code.cadastralCode()).isEqualTo("A562");
    assertThat(code.isOmocode()).isFalse();
    assertThat(code.canonical()).isEqualTo(code.value());
  }

  @ParameterizedTest
  @CsvSource({
    "RSSMRA85T10A562, S",
    "MRTMTT25D09F205, Z",
    "BNCNNA90C45H501, K",
    "DNGNCL78L31F839, O",
    "DLCGFR01B28L219, Q",
    "LIXVEA62S41Z110, X",
    "FOXLSN40E55A562, S",
    "VRDGPP60H20F704, U",
    "NREPLA50A15H904, A",
    "SPSMRA76B69F839, B",
    "FRRLCU70E12H223, X",
    "RSSMRA85T10A56N, H",
    "RSSMRAURTMLARSN, L"
  })
  void checkCharacterFollowsTheOfficialTables(String first15, char expected) {
    assertThat(CodiceFiscale.checkCharacter(first15)).isEqualTo(expected);
    assertThat(TaxCode.parse(first15 + expected).value()).isEqualTo(first15 + expected);
  }

  @Test
  void inputIsTrimmedUpperCasedAndFreedOfInnerSpaces() {
    assertThat(TaxCode.parse("  rssmra85t10a562s ").value()).isEqualTo("RSSMRA85T10A562S");
    assertThat(TaxCode.parse("RSS MRA 85T10 A562S").value()).isEqualTo("RSSMRA85T10A562S");
    assertThat(TaxCode.parse("RSS\u00A0MRA\u00A085T10A562S").value()).isEqualTo("RSSMRA85T10A562S");
  }

  @Test
  void womenHaveFortyAddedToTheDay() {
    TaxCode anna = TaxCode.parse("BNCNNA90C45H501K");

    assertThat(anna.sex()).isEqualTo(Sex.FEMALE);
    assertThat(anna.dayCode()).isEqualTo("45");
    assertThat(anna.birthDay()).isEqualTo(5);
    assertThat(anna.birthMonth()).isEqualTo(3);
  }

  @Test
  void leapDayOfAWomanIsSixtyNine() {
    TaxCode maria = TaxCode.parse("SPSMRA76B69F839B");

    assertThat(maria.birthDay()).isEqualTo(29);
    assertThat(maria.birthMonth()).isEqualTo(2);
    assertThat(maria.sex()).isEqualTo(Sex.FEMALE);
  }

  @ParameterizedTest
  @CsvSource({
    "RSSMRA85T10A56NH, 15",
    "RSSMRA85T10A5SNT, '14,15'",
    "RSSMRAU5T10A562P, 7",
    "RSSMRAURTMLARSNL, '7,8,10,11,13,14,15'"
  })
  void omocodesReadAsTheSameDataAsTheOriginal(String omocode, String positions) {
    TaxCode original = TaxCode.parse("RSSMRA85T10A562S");
    TaxCode code = TaxCode.parse(omocode);

    assertThat(code.isOmocode()).isTrue();
    assertThat(code.value()).isEqualTo(omocode);
    assertThat(code.canonical()).isEqualTo(original.value());
    assertThat(code.substitutedPositions())
        .containsExactly(
            Arrays.stream(positions.split(",")).map(Integer::valueOf).toArray(Integer[]::new));
    assertThat(code.birthYearCode()).isEqualTo("85");
    assertThat(code.birthDay()).isEqualTo(10);
    assertThat(code.sex()).isEqualTo(Sex.MALE);
    assertThat(code.cadastralCode()).isEqualTo("A562");
    assertThat(code).isNotEqualTo(original);
  }

  @Test
  void omocodeCheckCharacterIsVerifiedOnTheSubstitutedForm() {
    assertThatThrownBy(() -> TaxCode.parse("RSSMRA85T10A56NS"))
        .isInstanceOfSatisfying(
            InvalidTaxCodeException.class,
            e -> {
              assertThat(e.error()).isEqualTo(SignatureError.TAX_CODE_CHECK_CHARACTER);
              assertThat(e.arguments()).containsExactly("H", "S");
            });
  }

  @Test
  void wrongCheckCharacterNamesTheExpectedOne() {
    assertInvalid("RSSMRA85T10A562T", SignatureError.TAX_CODE_CHECK_CHARACTER, "S", "T");
  }

  @Test
  void wrongLengthSaysHowManyCharactersWereTyped() {
    assertInvalid("RSSMRA85T10A562", SignatureError.TAX_CODE_LENGTH, "15");
    assertInvalid("RSSMRA85T10A562SS", SignatureError.TAX_CODE_LENGTH, "17");
  }

  @Test
  void missingCodeIsReportedAsRequired() {
    assertInvalid(null, SignatureError.FIELD_REQUIRED);
    assertInvalid("   ", SignatureError.FIELD_REQUIRED);
  }

  @Test
  void digitWhereALetterBelongsNamesThePosition() {
    assertInvalid("R5SMRA85T10A562S", SignatureError.TAX_CODE_LETTER_EXPECTED, "2", "5");
    assertInvalid("RSSMRA85T100562S", SignatureError.TAX_CODE_LETTER_EXPECTED, "12", "0");
  }

  @Test
  void letterOtherThanAnOmocodiaLetterWhereADigitBelongsNamesThePosition() {
    assertInvalid("RSSMRAA5T10A562S", SignatureError.TAX_CODE_DIGIT_EXPECTED, "7", "A");
    assertInvalid("RSSMRA85T1OA562S", SignatureError.TAX_CODE_DIGIT_EXPECTED, "11", "O");
  }

  @Test
  void monthLetterMustBeOneOfTheTwelve() {
    assertInvalid("RSSMRA85F10A562S", SignatureError.TAX_CODE_MONTH_LETTER, "F");
  }

  @ParameterizedTest
  @CsvSource({"00", "32", "40", "72", "99"})
  void dayOutsideTheRangesOfMenAndWomenIsRefused(String day) {
    assertInvalid("RSSMRA85T" + day + "A562S", SignatureError.TAX_CODE_DAY, day);
  }

  @Test
  void dayMustExistInTheMonth() {
    assertInvalid("RSSMRA85B30A562S", SignatureError.TAX_CODE_DAY, "30");
    assertInvalid("RSSMRA85D71A562S", SignatureError.TAX_CODE_DAY, "71");
  }

  private static void assertInvalid(String input, SignatureError error, String... arguments) {
    assertThatThrownBy(() -> TaxCode.parse(input))
        .isInstanceOfSatisfying(
            InvalidTaxCodeException.class,
            e -> {
              assertThat(e.error()).isEqualTo(error);
              assertThat(e.code()).isEqualTo(error);
              assertThat(e.arguments()).containsExactly(arguments);
            });
  }
}
