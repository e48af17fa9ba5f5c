package io.sigillo.otp.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Failure counting and locking, per device and purpose. Pure: the caller passes the stored state in
 * and stores what comes out. The counter must be incremented in the database ({@code SET failures =
 * failures + 1}), not written back from a value read earlier, so failures spread over several nodes
 * add up; the decision here tells what the new value means.
 */
public final class Lockout {

  private Lockout() {}

  public static AttemptDecision beforeAttempt(
      boolean deviceLocked, FailureCount failures, PurposePolicy policy, Instant now) {
    if (deviceLocked || failures.consecutive() >= policy.lockoutThreshold()) {
      return new AttemptDecision.Locked();
    }
    Duration delay = policy.delayAfter(failures.consecutive());
    if (failures.lastFailureAt().isPresent()) {
      Instant allowedFrom = failures.lastFailureAt().get().plus(delay);
      if (now.isBefore(allowedFrom)) {
        return new AttemptDecision.Delayed(Duration.between(now, allowedFrom));
      }
    }
    return new AttemptDecision.Allowed(policy.lockoutThreshold() - failures.consecutive());
  }

  /** After a refused code (not after a malformed one, nor a delayed attempt). */
  public static FailureOutcome afterFailure(
      FailureCount failures, PurposePolicy policy, Instant now) {
    FailureCount next = failures.plusOne(now);
    int remaining = Math.max(0, policy.lockoutThreshold() - next.consecutive());
    boolean lock = remaining == 0;
    return new FailureOutcome(
        next, lock, remaining, lock ? Duration.ZERO : policy.delayAfter(next.consecutive()));
  }

  /** After an accepted code, a resynchronisation or an unlock. */
  public static FailureCount afterSuccess() {
    return FailureCount.NONE;
  }

  /**
   * @param lockDevice lock the device now, for every purpose
   * @param remainingAttempts failures still allowed before the lock
   * @param delayBeforeNext the wait to announce before the next attempt
   */
  public record FailureOutcome(
      FailureCount failures, boolean lockDevice, int remainingAttempts, Duration delayBeforeNext) {}
}
