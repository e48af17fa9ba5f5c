package io.sigillo.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.time.ClockOffset;
import io.sigillo.identity.api.CodeCheck;
import io.sigillo.identity.api.SecondFactorCheck;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.ValidationResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the portal tells a person for each answer of the OTP registry and the SMS codes. */
class SecondFactorOutcomeMappingTest {

  @Test
  void eachRegistryAnswerBecomesWhatThePortalExplains() {
    assertThat(LevelTwoFlow.outcome(ValidationResult.accepted(1, 5)).check())
        .isEqualTo(SecondFactorCheck.ACCEPTED);
    SecondFactorOutcome drift =
        LevelTwoFlow.outcome(
            ValidationResult.clockDrift(1, new ClockOffset(Duration.ofMinutes(-3)), 4));
    assertThat(drift.check()).isEqualTo(SecondFactorCheck.CLOCK_DRIFT);
    assertThat(drift.clockOffset().orElseThrow().render()).isEqualTo("\u22123 min");
    assertThat(
            LevelTwoFlow.outcome(
                    ValidationResult.rejected(1, RejectionReason.NO_MATCH, 2, Duration.ZERO, false))
                .remainingAttempts())
        .isEqualTo(2);
    assertThat(
            LevelTwoFlow.outcome(
                    ValidationResult.rejected(1, RejectionReason.NO_MATCH, 0, Duration.ZERO, true))
                .check())
        .as("the failure that locks the app says so at once")
        .isEqualTo(SecondFactorCheck.LOCKED);
    assertThat(
            LevelTwoFlow.outcome(
                    ValidationResult.rejected(
                        1, RejectionReason.DELAYED, 3, Duration.ofSeconds(15), false))
                .retryAfter())
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(
            LevelTwoFlow.outcome(
                    ValidationResult.rejected(1, RejectionReason.REPLAYED, 5, Duration.ZERO, false))
                .check())
        .isEqualTo(SecondFactorCheck.REPLAYED);
    assertThat(LevelTwoFlow.outcome(ValidationResult.locked(1)).check())
        .isEqualTo(SecondFactorCheck.LOCKED);
    assertThat(LevelTwoFlow.outcome(ValidationResult.notActive(1)).check())
        .isEqualTo(SecondFactorCheck.NO_APP);
  }

  @Test
  void everySmsCodeStatusHasItsAnswer() {
    for (SmsCodeStatus status : SmsCodeStatus.values()) {
      assertThat(CredentialSms.check(status).name()).isEqualTo(status.name());
    }
    assertThat(CredentialSms.check(SmsCodeStatus.VERIFIED)).isEqualTo(CodeCheck.VERIFIED);
  }
}
