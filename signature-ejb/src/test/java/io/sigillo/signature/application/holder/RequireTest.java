package io.sigillo.signature.application.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.time.ClockOffset;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.signature.api.SignatureError;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the registry's answers and the password check read to the holder. */
class RequireTest {

  @Test
  void aRefusedCodeReadsAsAWrongCodeWithTheAttemptsLeftWhateverTheDevice() {
    ValidationResult refused =
        ValidationResult.rejected(7, RejectionReason.NO_MATCH, 3, Duration.ZERO, false);

    SigilloException token = thrown(() -> Require.signOtp(refused, DeviceType.HOTP));
    SigilloException app = thrown(() -> Require.signOtp(refused, DeviceType.TOTP));

    assertThat(token.code()).isEqualTo(SignatureError.OTP_REFUSED);
    assertThat(token.arguments()).containsExactly("3");
    assertThat(app.code()).isEqualTo(SignatureError.OTP_REFUSED);
  }

  @Test
  void aTokenFoundPressesAheadReadsAsOutOfSyncWithHowMany() {
    SigilloException ahead =
        thrown(() -> Require.signOtp(ValidationResult.tokenAhead(7, 60, 5), DeviceType.HOTP));

    assertThat(ahead.code()).isEqualTo(SignatureError.OTP_OUT_OF_SYNC);
    assertThat(ahead.arguments()).containsExactly("60");
  }

  @Test
  void lockReplayDelayAndDriftHaveTheirOwnRefusals() {
    assertThat(
            thrown(
                    () ->
                        Require.signOtp(
                            ValidationResult.rejected(
                                7, RejectionReason.NO_MATCH, 0, Duration.ZERO, true),
                            DeviceType.HOTP))
                .code())
        .isEqualTo(SignatureError.SIGN_DEVICE_LOCKED);
    assertThat(thrown(() -> Require.signOtp(ValidationResult.locked(7), DeviceType.HOTP)).code())
        .isEqualTo(SignatureError.SIGN_DEVICE_LOCKED);
    assertThat(
            thrown(
                    () ->
                        Require.signOtp(
                            ValidationResult.rejected(
                                7, RejectionReason.REPLAYED, 4, Duration.ZERO, false),
                            DeviceType.TOTP))
                .code())
        .isEqualTo(OtpError.CODE_ALREADY_USED);
    SigilloException delayed =
        thrown(
            () ->
                Require.signOtp(
                    ValidationResult.rejected(
                        7, RejectionReason.DELAYED, 2, Duration.ofSeconds(8), false),
                    DeviceType.TOTP));
    assertThat(delayed.code()).isEqualTo(SignatureError.OTP_DELAYED);
    assertThat(delayed.arguments()).containsExactly("8");
    SigilloException drift =
        thrown(
            () ->
                Require.signOtp(
                    ValidationResult.clockDrift(7, new ClockOffset(Duration.ofMinutes(4)), 4),
                    DeviceType.TOTP));
    assertThat(drift.code()).isEqualTo(SignatureError.OTP_CLOCK_DRIFT);
    assertThat(drift.arguments()).containsExactly("+4 min");
    assertThatCode(() -> Require.signOtp(ValidationResult.accepted(7, 5), DeviceType.HOTP))
        .doesNotThrowAnyException();
  }

  @Test
  void aWrongPasswordSaysHowManyAttemptsAreLeftAndALockUntilWhen() {
    SigilloException wrong =
        thrown(
            () ->
                Require.password(
                    new PasswordCheck(PasswordCheck.Outcome.WRONG, 2, Optional.empty())));
    SigilloException locked =
        thrown(
            () ->
                Require.password(
                    new PasswordCheck(
                        PasswordCheck.Outcome.LOCKED,
                        0,
                        Optional.of(Instant.parse("2026-12-01T10:30:00Z")))));

    assertThat(wrong.code()).isEqualTo(SignatureError.PASSWORD_WRONG);
    assertThat(wrong.arguments()).containsExactly("2");
    assertThat(locked.code()).isEqualTo(SignatureError.PASSWORD_LOCKED);
    assertThat(locked.arguments()).containsExactly("01/12/2026 11:30");
  }

  private static SigilloException thrown(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return catchThrowableOfType(SigilloException.class, call);
  }
}
