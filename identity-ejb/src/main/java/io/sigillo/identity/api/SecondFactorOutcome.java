package io.sigillo.identity.api;

import io.sigillo.core.time.ClockOffset;
import java.time.Duration;
import java.util.Optional;

/**
 * The answer to a level-2 code (from the app, or received by SMS).
 *
 * @param clockOffset for {@link SecondFactorCheck#CLOCK_DRIFT}: how far the phone's clock is off
 * @param retryAfter when the next attempt will be checked, after a failure
 */
public record SecondFactorOutcome(
    SecondFactorCheck check,
    int remainingAttempts,
    Optional<ClockOffset> clockOffset,
    Duration retryAfter) {

  public boolean accepted() {
    return check == SecondFactorCheck.ACCEPTED;
  }

  public static SecondFactorOutcome of(SecondFactorCheck check) {
    return new SecondFactorOutcome(check, 0, Optional.empty(), Duration.ZERO);
  }
}
