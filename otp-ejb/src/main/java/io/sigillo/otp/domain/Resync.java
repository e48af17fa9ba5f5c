package io.sigillo.otp.domain;

/** The outcome of a resynchronisation search. Only {@link Found} changes anything. */
public sealed interface Resync permits Resync.Found, Resync.NotFound, Resync.ThirdCodeNeeded {

  /**
   * The codes were consecutive and found. Store both values at once, with the replay floor moved
   * only forward ({@code … WHERE id = :id AND last_accepted < :lastAccepted}), and clear the
   * failure counter.
   *
   * @param lastAccepted the counter or step of the last code given: the new replay floor
   * @param baseDriftSteps the new base drift of a time-based device (learned drift restarts at 0);
   *     always 0 for an event-based one
   * @param distance how far from the expected position the codes were found
   */
  record Found(long lastAccepted, int baseDriftSteps, long distance) implements Resync {}

  /** Wrong or non-consecutive codes, or codes outside the search window. */
  record NotFound() implements Resync {}

  /** Two codes matched, but so far away that a third is required before anything moves. */
  record ThirdCodeNeeded(long distance) implements Resync {}
}
