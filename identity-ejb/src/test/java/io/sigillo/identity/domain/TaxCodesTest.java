package io.sigillo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.text.CodiceFiscale;
import org.junit.jupiter.api.Test;

class TaxCodesTest {

  @Test
  void theCheckLetterOfKnownTaxCodesIsComputed() {
    assertThat(CodiceFiscale.checkCharacter("RSSMRA85T10A562")).isEqualTo('S');
    assertThat(CodiceFiscale.checkCharacter("SPSSRA90A41F205")).isEqualTo('K');
    assertThat(TaxCodes.wellFormed("RSSMRA85T10A562S")).isTrue();
  }

  @Test
  void aWrongCheckLetterABadMonthOrAShortCodeIsRefused() {
    assertThat(TaxCodes.wellFormed("RSSMRA85T10A562X")).isFalse();
    assertThat(TaxCodes.wellFormed("RSSMRA85Z10A562S")).isFalse();
    assertThat(TaxCodes.wellFormed("RSSMRA85T10A56")).isFalse();
    assertThat(TaxCodes.wellFormed(null)).isFalse();
  }

  @Test
  void omocodiaLettersStandInForDigits() {
    String base = "RSSMRA85T10A56";
    String omocode = base.substring(0, 14) + "N";
    String full = omocode + CodiceFiscale.checkCharacter(omocode + "X");
    assertThat(TaxCodes.wellFormed(full)).isTrue();
  }
}
