package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import org.junit.jupiter.api.Test;

class PresentedCodeTest {

  @Test
  void groupedDigitsAsAppsShowThemAreAccepted() {
    assertThat(PresentedCode.parse("123 456", 6).length()).isEqualTo(6);
    assertThat(PresentedCode.parse("0012 3456", 8).length()).isEqualTo(8);
  }

  @Test
  void wrongLengthLettersOrNothingAreAnInputErrorNotAFailedAttempt() {
    for (String typed : new String[] {"12345", "1234567", "12a456", "", "١٢٣٤٥٦"}) {
      assertThatThrownBy(() -> PresentedCode.parse(typed, 6))
          .as(typed)
          .isInstanceOfSatisfying(
              SigilloException.class,
              e -> {
                assertThat(e.code()).isEqualTo(OtpError.CODE_MALFORMED);
                assertThat(e.arguments()).containsExactly("6");
              });
    }
    assertThatThrownBy(() -> PresentedCode.parse(null, 6)).isInstanceOf(SigilloException.class);
  }

  @Test
  void neverPrintsTheCode() {
    assertThat(PresentedCode.parse("123456", 6).toString()).doesNotContain("123456");
  }
}
