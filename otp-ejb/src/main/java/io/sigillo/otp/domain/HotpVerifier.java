package io.sigillo.otp.domain;

/**
 * Decides on a code from an event-based token (RFC 4226). The expected counter and up to {@code
 * lookAhead} further presses are acceptable; the earliest match wins, so a collision can only ever
 * move the counter less, never more. Every candidate in the look-ahead is computed even after a
 * match, so the time taken does not tell how many presses were skipped.
 *
 * <p>A code that is not acceptable is looked for further ahead, up to {@code diagnosticRange}
 * presses, only to explain the refusal: a token pressed many times without using its codes is "N
 * presses ahead", which a resynchronisation over the same range repairs, rather than a wrong code.
 * Such a code is never accepted and never moves the counter, however exactly it matches.
 */
public final class HotpVerifier {

  private final OtpParameters parameters;
  private final int lookAhead;
  private final int diagnosticRange;

  public HotpVerifier(OtpParameters parameters, int lookAhead, int diagnosticRange) {
    if (lookAhead < 0) {
      throw new IllegalArgumentException("look-ahead is not negative");
    }
    this.parameters = parameters;
    this.lookAhead = lookAhead;
    this.diagnosticRange = diagnosticRange;
  }

  /** A verifier that explains nothing beyond its look-ahead. */
  public HotpVerifier(OtpParameters parameters, int lookAhead) {
    this(parameters, lookAhead, lookAhead);
  }

  public Verification verify(OtpSecret secret, HotpState state, PresentedCode code) {
    OtpCalculator calculator = new OtpCalculator(secret, parameters);
    long expected = state.nextCounter();
    int matched = -1;
    for (int offset = 0; offset <= lookAhead; offset++) {
      if (calculator.matches(expected + offset, code) && matched < 0) {
        matched = offset;
      }
    }
    if (matched >= 0) {
      return new Verification.Accepted(expected + matched, 0, new WindowUse(matched, lookAhead));
    }
    if (state.lastAcceptedCounter() >= 0 && calculator.matches(state.lastAcceptedCounter(), code)) {
      return new Verification.Rejected(Verification.Reason.REPLAYED);
    }
    for (int offset = lookAhead + 1; offset <= diagnosticRange; offset++) {
      if (calculator.matches(expected + offset, code)) {
        return new Verification.TokenAhead(offset);
      }
    }
    return new Verification.Rejected(Verification.Reason.NO_MATCH);
  }
}
