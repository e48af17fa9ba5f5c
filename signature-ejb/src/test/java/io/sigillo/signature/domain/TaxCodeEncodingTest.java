package io.sigillo.signature.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.signature.api.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCodeEncodingTest {

  @ParameterizedTest
  @CsvSource({
    "Rossi, RSS",
    "Moretti, MRT",
    "D'Angelo, DNG",
    "De Luca, DLC",
    "Esposito, SPS",
    "Li, LIX",
    "Fo, FOX",
    "Oe, OEX",
    "Çelik, CLK",
    "'  de   luca  ', DLC"
  })
  void surnameTakesConsonantsThenVowelsThenX(String surname, String expected) {
    assertThat(TaxCodeEncoding.surname(surname)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "Mario, MRA",
    "Matteo, MTT",
    "Anna, NNA",
    "Eva, VEA",
    "Gianfranco, GFR",
    "Alessandra, LSN",
    "Nicolò, NCL",
    "NICOLO', NCL",
    "Maria Grazia, MGR",
    "Al, LAX"
  })
  void givenNameWithFourConsonantsSkipsTheSecond(String givenName, String expected) {
    assertThat(TaxCodeEncoding.givenName(givenName)).isEqualTo(expected);
  }

  @Test
  void accentedLettersCountAsTheirBaseLetter() {
    assertThat(TaxCodeEncoding.givenName("Nicolò")).isEqualTo(TaxCodeEncoding.givenName("NICOLO"));
    assertThat(TaxCodeEncoding.surname("Abbà")).isEqualTo("BBA");
    assertThat(TaxCodeEncoding.surname("Però")).isEqualTo("PRE");
  }

  @Test
  void monthLettersSkipLettersThatLookLikeDigits() {
    StringBuilder letters = new StringBuilder();
    for (int month = 1; month <= 12; month++) {
      letters.append(TaxCodeEncoding.monthLetter(month));
    }
    assertThat(letters).hasToString("ABCDEHLMPRST");
  }

  @Test
  void womenHaveFortyAddedToTheDay() {
    assertThat(TaxCodeEncoding.dayCode(5, Sex.MALE)).isEqualTo("05");
    assertThat(TaxCodeEncoding.dayCode(5, Sex.FEMALE)).isEqualTo("45");
    assertThat(TaxCodeEncoding.dayCode(31, Sex.FEMALE)).isEqualTo("71");
  }

  @Test
  void yearKeepsOnlyTwoDigits() {
    assertThat(TaxCodeEncoding.yearCode(1985)).isEqualTo("85");
    assertThat(TaxCodeEncoding.yearCode(1885)).isEqualTo("85");
    assertThat(TaxCodeEncoding.yearCode(2001)).isEqualTo("01");
  }

  @ParameterizedTest
  @CsvSource({
    "Rossi, Mario, 1985-12-10, MALE, A562, RSSMRA85T10A562S",
    "Moretti, Matteo, 1925-04-09, MALE, F205, MRTMTT25D09F205Z",
    "Bianchi, Anna, 1990-03-05, FEMALE, H501, BNCNNA90C45H501K",
    "D'Angelo, Nicolò, 1978-07-31, MALE, F839, DNGNCL78L31F839O",
    "De Luca, Gianfranco, 2001-02-28, MALE, L219, DLCGFR01B28L219Q",
    "Li, Eva, 1962-11-01, FEMALE, Z110, LIXVEA62S41Z110X",
    "Esposito, Maria, 1976-02-29, FEMALE, F839, SPSMRA76B69F839B"
  })
  void encodingReproducesKnownCodes(
      String surname, String givenName, LocalDate birth, Sex sex, String place, String code) {
    assertThat(TaxCodeEncoding.encode(surname, givenName, birth, sex, place)).isEqualTo(code);
  }
}
