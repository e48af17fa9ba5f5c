package io.sigillo.otp.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Failure counting and locking, per device and purpose. Pure: the caller passes the stored state in
 * and stores what comes out. The store increments the counter itself ({@code SET failures =
 * failures + 1}) rather than writing back a value read earlier, so failures spread over several
 * nodes add up exactly; the decision here tells what the new value means.
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

  /**
   * What a refused code means (not a malformed one, nor a delayed attempt), given the count that
   * already includes it: the count the store holds after its atomic increment, or {@link
   * FailureCount#plusOne} of the count read before.
   */
  public static FailureOutcome afterFailure(FailureCount includingThisOne, PurposePolicy policy) {
    if (includingThisOne.consecutive() < 1) {
      throw new IllegalArgumentException("a failure count after a failure is at least 1");
    }
    int remaining = Math.max(0, policy.lockoutThreshold() - includingThisOne.consecutive());
    boolean lock = remaining == 0;
    return new FailureOutcome(
        lock, remaining, lock ? Duration.ZERO : policy.delayAfter(includingThisOne.consecutive()));
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
      boolean lockDevice, int remainingAttempts, Duration delayBeforeNext) {}
}
