package io.sigillo.signature.application.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.time.ClockOffset;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.signature.api.SignatureError;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Turns the answers of {@link Verifications} into the catalogued refusals the holder sees. The
 * answers are already committed when these throw.
 */
final class Require {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

  private Require() {}

  static void password(PasswordCheck check) {
    switch (check.outcome()) {
      case ACCEPTED -> {}
      case WRONG -> throw new SigilloException(SignatureError.PASSWORD_WRONG, check.remaining());
      case LOCKED ->
          throw new SigilloException(
              SignatureError.PASSWORD_LOCKED, check.lockedUntil().map(WHEN::format).orElse("-"));
    }
  }

  /**
   * A token claimed from stock, as its device id. Only a refusal is "serial and codes do not match"
   * with the attempts left: a claimant past the threshold is told they are blocked (not "0 attempts
   * left", which the right codes would then contradict), a burst is told when to try again, and
   * codes that matched far ahead ask for a third one.
   */
  static long tokenClaimed(ClaimResult claim) {
    return switch (claim.status()) {
      case CLAIMED -> claim.deviceId().orElseThrow();
      case REFUSED ->
          throw new SigilloException(SignatureError.TOKEN_CLAIM_REFUSED, claim.remainingAttempts());
      case BLOCKED -> throw new SigilloException(OtpError.TOKEN_CLAIM_BLOCKED);
      case DELAYED ->
          throw new SigilloException(OtpError.ATTEMPTS_DELAYED, claim.retryAfter().toSeconds());
      case THIRD_CODE_NEEDED -> throw new SigilloException(OtpError.RESYNC_THIRD_CODE_NEEDED);
    };
  }

  /**
   * An OTP of the signature device. A token's code that matched presses beyond the look-ahead is
   * "out of sync, about N presses ahead" (the page offers the resynchronisation right there); a
   * code that matched nothing is a wrong code, with the attempts left, whatever the device.
   */
  static void signOtp(ValidationResult result, DeviceType type) {
    switch (result.status()) {
      case ACCEPTED -> {}
      case LOCKED -> throw new SigilloException(SignatureError.SIGN_DEVICE_LOCKED);
      case NOT_ACTIVE -> throw new SigilloException(SignatureError.SIGN_DEVICE_MISSING);
      case CLOCK_DRIFT ->
          throw new SigilloException(
              SignatureError.OTP_CLOCK_DRIFT,
              result.clockOffset().map(Require::minutes).orElse("?"));
      case TOKEN_AHEAD ->
          throw new SigilloException(
              SignatureError.OTP_OUT_OF_SYNC, result.pressesAhead().orElse(0L));
      case REJECTED -> rejected(result, type);
    }
  }

  private static void rejected(ValidationResult result, DeviceType type) {
    RejectionReason reason = result.reason().orElse(RejectionReason.NO_MATCH);
    if (result.lockedNow()) {
      throw new SigilloException(SignatureError.SIGN_DEVICE_LOCKED);
    }
    switch (reason) {
      case REPLAYED -> throw new SigilloException(OtpError.CODE_ALREADY_USED);
      case DELAYED ->
          throw new SigilloException(
              SignatureError.OTP_DELAYED, Math.max(1, result.retryAfter().toSeconds()));
      case NO_MATCH ->
          throw new SigilloException(SignatureError.OTP_REFUSED, result.remainingAttempts());
    }
  }

  private static String minutes(ClockOffset offset) {
    return offset.render();
  }
}
