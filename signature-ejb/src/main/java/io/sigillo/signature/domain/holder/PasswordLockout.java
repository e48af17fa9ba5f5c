package io.sigillo.signature.domain.holder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive wrong remote-signature passwords lock the password for a while. Five failures lock it
 * for 30 minutes; each further failure after a lock ends doubles the lock, up to a day, so an
 * attacker gets a few dozen guesses a day at most while the holder is never locked out for good. A
 * correct password clears the count.
 */
public final class PasswordLockout {

  public static final int THRESHOLD = 5;
  static final Duration FIRST_LOCK = Duration.ofMinutes(30);
  static final Duration LONGEST_LOCK = Duration.ofDays(1);

  private PasswordLockout() {}

  /** The state after one more failure. */
  public static State afterFailure(State current, Instant now) {
    int failures = current.failures() + 1;
    if (failures < THRESHOLD) {
      return new State(failures, Optional.empty());
    }
    int doublings = Math.min(failures - THRESHOLD, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    if (lock.compareTo(LONGEST_LOCK) > 0) {
      lock = LONGEST_LOCK;
    }
    return new State(failures, Optional.of(now.plus(lock)));
  }

  /** Failures still allowed before the next lock. */
  public static int remaining(State state) {
    return Math.max(0, THRESHOLD - state.failures());
  }

  /**
   * @param failures consecutive wrong passwords
   * @param lockedUntil while in the future, every password is refused unchecked
   */
  public record State(int failures, Optional<Instant> lockedUntil) {

    public static final State CLEAR = new State(0, Optional.empty());

    public boolean lockedAt(Instant now) {
      return lockedUntil.isPresent() && now.isBefore(lockedUntil.get());
    }
  }
}
