package io.sigillo.otp.api;

import io.sigillo.core.time.ClockOffset;
import java.time.Duration;
import java.util.Optional;

/**
 * The registry's answer to a presented code. An answer, not an exception: a refusal must still
 * commit its failure count and its audit event.
 *
 * @param reason why a {@link ValidationStatus#REJECTED} code was refused
 * @param remainingAttempts failures still allowed for this purpose before the device locks
 * @param clockOffset for {@link ValidationStatus#CLOCK_DRIFT}: how far the device's clock is off
 * @param retryAfter for {@link RejectionReason#DELAYED} and after a failure: the wait before the
 *     next attempt will be checked
 * @param lockedNow this failure locked the device
 * @param pressesAhead for {@link ValidationStatus#TOKEN_AHEAD}: how many presses ahead the token is
 */
public record ValidationResult(
    long deviceId,
    ValidationStatus status,
    Optional<RejectionReason> reason,
    int remainingAttempts,
    Optional<ClockOffset> clockOffset,
    Duration retryAfter,
    boolean lockedNow,
    Optional<Long> pressesAhead) {

  public boolean accepted() {
    return status == ValidationStatus.ACCEPTED;
  }

  public static ValidationResult accepted(long deviceId, int remainingAttempts) {
    return new ValidationResult(
        deviceId,
        ValidationStatus.ACCEPTED,
        Optional.empty(),
        remainingAttempts,
        Optional.empty(),
        Duration.ZERO,
        false,
        Optional.empty());
  }

  public static ValidationResult rejected(
      long deviceId,
      RejectionReason reason,
      int remainingAttempts,
      Duration retryAfter,
      boolean lockedNow) {
    return new ValidationResult(
        deviceId,
        ValidationStatus.REJECTED,
        Optional.of(reason),
        remainingAttempts,
        Optional.empty(),
        retryAfter,
        lockedNow,
        Optional.empty());
  }

  public static ValidationResult clockDrift(
      long deviceId, ClockOffset offset, int remainingAttempts) {
    return new ValidationResult(
        deviceId,
        ValidationStatus.CLOCK_DRIFT,
        Optional.empty(),
        remainingAttempts,
        Optional.of(offset),
        Duration.ZERO,
        false,
        Optional.empty());
  }

  public static ValidationResult tokenAhead(long deviceId, long presses, int remainingAttempts) {
    return new ValidationResult(
        deviceId,
        ValidationStatus.TOKEN_AHEAD,
        Optional.empty(),
        remainingAttempts,
        Optional.empty(),
        Duration.ZERO,
        false,
        Optional.of(presses));
  }

  public static ValidationResult locked(long deviceId) {
    return new ValidationResult(
        deviceId,
        ValidationStatus.LOCKED,
        Optional.empty(),
        0,
        Optional.empty(),
        Duration.ZERO,
        false,
        Optional.empty());
  }

  public static ValidationResult notActive(long deviceId) {
    return new ValidationResult(
        deviceId,
        ValidationStatus.NOT_ACTIVE,
        Optional.empty(),
        0,
        Optional.empty(),
        Duration.ZERO,
        false,
        Optional.empty());
  }
}
