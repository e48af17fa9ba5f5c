package io.sigillo.otp.domain.sms;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.time.Duration;
import java.util.Objects;

/**
 * A tenant's rules for SMS codes. With the defaults, a guesser gets at most 3 tries per code and 5
 * codes an hour: 15 guesses an hour against a million possible codes.
 *
 * @param lifetime how long a code is valid
 * @param maxAttempts wrong codes tolerated per challenge
 * @param resendCooldown wait before another code for the same person and purpose
 * @param sendsPerHour codes one person may be sent in a rolling hour
 */
public record SmsCodeRules(
    Duration lifetime, int maxAttempts, Duration resendCooldown, int sendsPerHour) {

  public SmsCodeRules {
    Objects.requireNonNull(lifetime, "lifetime");
    Objects.requireNonNull(resendCooldown, "resendCooldown");
    within("lifetimeSeconds", lifetime.toSeconds(), 60, 900);
    within("maxAttempts", maxAttempts, 1, 10);
    within("resendCooldownSeconds", resendCooldown.toSeconds(), 10, 600);
    within("sendsPerHour", sendsPerHour, 1, 30);
  }

  /** 5 minutes, 3 attempts, 60 s between sends, 5 sends an hour. */
  public static SmsCodeRules defaults() {
    return new SmsCodeRules(Duration.ofMinutes(5), 3, Duration.ofSeconds(60), 5);
  }

  private static void within(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new SigilloException(OtpError.POLICY_INVALID, field, min + ".." + max);
    }
  }
}
