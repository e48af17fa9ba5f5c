package io.sigillo.otp.domain;

import java.time.Duration;

/** Whether a code may be checked at all, decided before any HMAC is computed. */
public sealed interface AttemptDecision
    permits AttemptDecision.Allowed, AttemptDecision.Delayed, AttemptDecision.Locked {

  /** Check the code; {@code remainingAttempts} failures, this one included, lock the device. */
  record Allowed(int remainingAttempts) implements AttemptDecision {}

  /** Too soon after the last failure: refuse without checking and without counting a failure. */
  record Delayed(Duration retryAfter) implements AttemptDecision {}

  /** The device refuses everything until it is unlocked. */
  record Locked() implements AttemptDecision {}
}
