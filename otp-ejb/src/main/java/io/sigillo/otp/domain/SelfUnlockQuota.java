package io.sigillo.otp.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether a holder may unlock their own device now, over a rolling 30 days. A rolling window rather
 * than a calendar month, so the quota cannot be doubled by unlocking on the 31st and again on the
 * 1st.
 */
public final class SelfUnlockQuota {

  public static final Duration PERIOD = Duration.ofDays(30);

  private SelfUnlockQuota() {}

  public static Decision check(List<Instant> previousSelfUnlocks, int allowed, Instant now) {
    if (allowed <= 0) {
      return new Decision.OperatorOnly();
    }
    Instant since = now.minus(PERIOD);
    List<Instant> recent =
        previousSelfUnlocks.stream().filter(at -> at.isAfter(since)).sorted().toList();
    if (recent.size() < allowed) {
      return new Decision.Allowed(allowed - recent.size() - 1);
    }
    return new Decision.Exhausted(recent.get(recent.size() - allowed).plus(PERIOD));
  }

  public sealed interface Decision
      permits Decision.Allowed, Decision.Exhausted, Decision.OperatorOnly {

    /**
     * @param remainingAfterThis self-unlocks left in the window once this one is used
     */
    record Allowed(int remainingAfterThis) implements Decision {}

    /**
     * @param availableAgainAt when the oldest counted self-unlock leaves the window
     */
    record Exhausted(Instant availableAgainAt) implements Decision {}

    /** The tenant's policy allows no self-unlock: an operator must do it. */
    record OperatorOnly() implements Decision {}
  }
}
