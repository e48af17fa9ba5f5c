package io.sigillo.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.tenant.TenantId;
import org.junit.jupiter.api.Test;

class AuditSubjectTest {

  @Test
  void aSubjectIsStoredAsItsKindAndId() {
    assertThat(AuditSubject.otpDevice(7).key()).isEqualTo("otp-device:7");
    assertThat(AuditSubject.identity(4).key()).isEqualTo("identity:4");
    assertThat(AuditSubject.person(" mario ").key()).isEqualTo("person:mario");
    assertThat(AuditSubject.certificate(9).key()).isEqualTo("certificate:9");
    assertThat(AuditSubject.tenant(new TenantId("alpha")).key()).isEqualTo("tenant:alpha");
  }

  @Test
  void aTenantWideSubjectIsItsKindAlone() {
    assertThat(AuditSubject.of(AuditSubject.Kind.OTP_POLICY).key()).isEqualTo("otp-policy");
  }

  @Test
  void theWriterAndTheReaderOfADeviceEventBuildTheSameSubject() {
    AuditEvent written =
        new AuditEvent(
            java.util.Optional.empty(),
            "op",
            "otp.device.unlocked",
            AuditSubject.otpDevice(12),
            "",
            "",
            java.time.Instant.EPOCH);

    assertThat(written.subject()).isEqualTo(AuditSubject.otpDevice(12).key());
    assertThat(written.subject()).isNotEqualTo(AuditSubject.otpDevice(1).key());
  }

  @Test
  void anOverlongIdIsRefused() {
    assertThatThrownBy(() -> AuditSubject.person("x".repeat(181)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
