package io.sigillo.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodiceFiscaleTest {

  /** Published examples (Agenzia delle Entrate's and Wikipedia's), omocodia included. */
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
    "SPSSRA90A41F205, K",
    "RSSMRA85T10A56N, H",
    "RSSMRAURTMLARSN, L"
  })
  void theCheckCharacterFollowsTheOfficialTables(String first15, char expected) {
    assertThat(CodiceFiscale.checkCharacter(first15)).isEqualTo(expected);
    assertThat(CodiceFiscale.checkCharacter(first15 + "X")).isEqualTo(expected);
  }

  @Test
  void aCodeOfTheWrongLengthOrWithOtherCharactersIsRefused() {
    assertThatThrownBy(() -> CodiceFiscale.checkCharacter("RSSMRA85T10A56"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodiceFiscale.checkCharacter("RSSMRA85T10A562SX"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodiceFiscale.checkCharacter("rssmra85t10a562"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
