package io.sigillo.signature.domain.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.SignatureError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CertificatePolicyTest {

  @Test
  void theValidityIsOneDayToThreeYearsAndAQuarter() {
    assertThat(new CertificatePolicy(2, 1).validityDays()).isEqualTo(2);
    assertThat(new CertificatePolicy(CertificateRequest.MAX_VALIDITY_DAYS, 90).validityDays())
        .isEqualTo(1185);
    for (int validity : new int[] {0, -1, 1186, 5000}) {
      SigilloException refused =
          assertThrows(SigilloException.class, () -> new CertificatePolicy(validity, 1));
      assertThat(refused.code())
          .as("validity %d", validity)
          .isEqualTo(SignatureError.CERTIFICATE_VALIDITY_INVALID);
      assertThat(refused.arguments()).containsExactly(String.valueOf(validity), "1185");
    }
  }

  @Test
  void theRenewalWindowIsAtLeastOneDayAndShorterThanTheValidity() {
    assertThat(new CertificatePolicy(400, 399).renewalWindowDays()).isEqualTo(399);
    assertThat(new CertificatePolicy(400, 1).renewalWindowDays()).isEqualTo(1);
    for (int window : new int[] {0, -5, 400, 401, 1185}) {
      SigilloException refused =
          assertThrows(SigilloException.class, () -> new CertificatePolicy(400, window));
      assertThat(refused.code())
          .as("window %d", window)
          .isEqualTo(SignatureError.RENEWAL_WINDOW_INVALID);
      assertThat(refused.arguments()).containsExactly(String.valueOf(window), "400");
    }
  }

  @Test
  void aOneDayValidityLeavesNoRoomForARenewalWindow() {
    assertThat(assertThrows(SigilloException.class, () -> new CertificatePolicy(1, 1)).code())
        .isEqualTo(SignatureError.RENEWAL_WINDOW_INVALID);
  }

  @Test
  void theValidityIsCheckedFirstSoAWindowIsNeverJudgedAgainstAnImpossibleValidity() {
    assertThat(assertThrows(SigilloException.class, () -> new CertificatePolicy(5000, 6000)).code())
        .isEqualTo(SignatureError.CERTIFICATE_VALIDITY_INVALID);
  }

  @Test
  void renewalOpensTheWindowsDaysBeforeExpiry() {
    Instant notAfter = Instant.parse("2029-12-01T10:00:00Z");
    assertThat(new CertificatePolicy(1095, 60).renewalOpensAt(notAfter))
        .isEqualTo(notAfter.minus(Duration.ofDays(60)));
  }
}
