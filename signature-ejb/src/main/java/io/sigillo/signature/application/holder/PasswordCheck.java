package io.sigillo.signature.application.holder;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of a remote-signature password, kept by its own transaction.
 *
 * @param remaining wrong passwords still tolerated before the next lock
 * @param lockedUntil for {@link Outcome#LOCKED}
 */
public record PasswordCheck(Outcome outcome, int remaining, Optional<Instant> lockedUntil) {

  public enum Outcome {
    ACCEPTED,
    WRONG,
    LOCKED
  }
}
