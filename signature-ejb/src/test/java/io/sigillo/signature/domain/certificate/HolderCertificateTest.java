package io.sigillo.signature.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.RevocationReason;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class HolderCertificateTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static HolderCertificate issued() {
    return new HolderCertificate(
        1,
        2,
        "abc",
        "CN=X",
        "RSSMRA85T10A562S",
        "alias",
        new byte[] {1},
        NOW,
        NOW.plus(30, ChronoUnit.DAYS),
        NOW);
  }

  @Test
  void suspendedComesBackActiveAndRevokedIsFinal() {
    HolderCertificate certificate = issued();

    assertThat(certificate.reactivate(NOW)).isFalse();
    assertThat(certificate.suspend(NOW.plusSeconds(10))).isTrue();
    assertThat(certificate.status(NOW.plusSeconds(11))).isEqualTo(CertificateStatus.SUSPENDED);
    assertThat(certificate.suspend(NOW.plusSeconds(12))).isFalse();
    assertThat(certificate.reactivate(NOW.plusSeconds(20))).isTrue();
    assertThat(certificate.status(NOW.plusSeconds(21))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(certificate.suspend(NOW.plusSeconds(30))).isTrue();
    assertThat(certificate.revoke(RevocationReason.KEY_COMPROMISE, NOW.plusSeconds(40))).isTrue();
    assertThat(certificate.status(NOW.plusSeconds(41))).isEqualTo(CertificateStatus.REVOKED);
    assertThat(certificate.revocationReason()).contains(RevocationReason.KEY_COMPROMISE);
    assertThat(certificate.reactivate(NOW.plusSeconds(50))).isFalse();
    assertThat(certificate.revoke(RevocationReason.SUPERSEDED, NOW.plusSeconds(60))).isFalse();
    assertThat(certificate.statusChangedAt()).contains(NOW.plusSeconds(40));
  }

  @Test
  void pastNotAfterItIsExpiredWhateverItWasAndCannotChange() {
    HolderCertificate certificate = issued();
    certificate.suspend(NOW.plusSeconds(1));
    Instant after = NOW.plus(30, ChronoUnit.DAYS);

    assertThat(certificate.status(after.minusSeconds(1))).isEqualTo(CertificateStatus.SUSPENDED);
    assertThat(certificate.status(after)).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(certificate.reactivate(after)).isFalse();
    assertThat(certificate.revoke(RevocationReason.UNSPECIFIED, after)).isFalse();
  }
}
