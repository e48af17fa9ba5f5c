package io.sigillo.otp.domain;

import io.sigillo.core.time.ClockOffset;
import io.sigillo.otp.api.ValidationStatus;

/** The decision on one presented code, before lockout and persistence are applied. */
public sealed interface Verification
    permits Verification.Accepted,
        Verification.Rejected,
        Verification.ClockDrift,
        Verification.TokenAhead {

  ValidationStatus status();

  /**
   * The code is good and newer than anything accepted before. It counts only once the store has
   * advanced the replay floor with a compare-and-set, {@code UPDATE … SET last_accepted =
   * :movingFactor … WHERE id = :id AND last_accepted < :movingFactor}: if no row changed, another
   * request or node used the code first and it must be treated as {@link Reason#REPLAYED}.
   *
   * @param movingFactor the accepted time step or counter: the new replay floor
   * @param learnedDriftSteps the learned drift to store with it (TOTP; always 0 for HOTP)
   */
  record Accepted(long movingFactor, int learnedDriftSteps, WindowUse windowUse)
      implements Verification {
    @Override
    public ValidationStatus status() {
      return ValidationStatus.ACCEPTED;
    }
  }

  record Rejected(Reason reason) implements Verification {
    @Override
    public ValidationStatus status() {
      return ValidationStatus.REJECTED;
    }
  }

  /** A TOTP code that matched only far from now: the device's clock is off by {@code offset}. */
  record ClockDrift(ClockOffset offset) implements Verification {
    @Override
    public ValidationStatus status() {
      return ValidationStatus.CLOCK_DRIFT;
    }
  }

  /**
   * An HOTP code that matched only beyond the look-ahead: the token was pressed {@code presses}
   * times more than the codes used; never accepted, and the counter stays where it is.
   */
  record TokenAhead(long presses) implements Verification {
    @Override
    public ValidationStatus status() {
      return ValidationStatus.TOKEN_AHEAD;
    }
  }

  enum Reason {
    /** Matches nothing the policy would consider. */
    NO_MATCH,
    /** Matches a step or counter already used: same code again, or an older one. */
    REPLAYED
  }
}
