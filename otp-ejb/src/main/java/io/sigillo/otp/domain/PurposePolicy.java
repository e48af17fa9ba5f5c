package io.sigillo.otp.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.time.Duration;
import java.util.Objects;

/**
 * A tenant's rules for codes presented for one purpose.
 *
 * @param totpWindowSteps time steps accepted either side of the expected one
 * @param hotpLookAhead token presses that may have been skipped since the last accepted code
 * @param lockoutThreshold consecutive failures that lock the device
 * @param firstDelay the wait imposed after the second consecutive failure; each further failure
 *     triples it, so guessing slows down well before the lock and a person mistyping once is not
 *     delayed at all
 * @param selfUnlocksPer30Days how often the holder may unlock the device without an operator
 */
public record PurposePolicy(
    int totpWindowSteps,
    int hotpLookAhead,
    int lockoutThreshold,
    Duration firstDelay,
    int selfUnlocksPer30Days) {

  /** Longest wait between attempts, however many failures. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);

  public PurposePolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    requireWithin("totpWindowSteps", totpWindowSteps, 0, 5);
    requireWithin("hotpLookAhead", hotpLookAhead, 0, 100);
    requireWithin("lockoutThreshold", lockoutThreshold, 1, 20);
    requireWithin("selfUnlocksPer30Days", selfUnlocksPer30Days, 0, 10);
    if (firstDelay.isNegative() || firstDelay.compareTo(MAX_DELAY) > 0) {
      throw new SigilloException(OtpError.POLICY_INVALID, "firstDelay", "0..15 min");
    }
  }

  /** ±1 step, 10 presses, lock at 5, 5 s first delay, 3 self-unlocks per 30 days. */
  public static PurposePolicy defaults() {
    return new PurposePolicy(1, 10, 5, Duration.ofSeconds(5), 3);
  }

  /** The wait before the next attempt after {@code failures} consecutive failures. */
  public Duration delayAfter(int failures) {
    if (failures < 2) {
      return Duration.ZERO;
    }
    Duration delay = firstDelay;
    for (int i = 2; i < failures && delay.compareTo(MAX_DELAY) < 0; i++) {
      delay = delay.multipliedBy(3);
    }
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private static void requireWithin(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new SigilloException(OtpError.POLICY_INVALID, field, min + ".." + max);
    }
  }
}
