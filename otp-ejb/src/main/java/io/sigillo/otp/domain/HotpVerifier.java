package io.sigillo.otp.domain;

/**
 * Decides on a code from an event-based token (RFC 4226). The expected counter and up to {@code
 * lookAhead} further presses are acceptable; the earliest match wins, so a collision can only ever
 * move the counter less, never more. Every candidate in the look-ahead is computed even after a
 * match, so the time taken does not tell how many presses were skipped.
 */
public final class HotpVerifier {

  private final OtpParameters parameters;
  private final int lookAhead;

  public HotpVerifier(OtpParameters parameters, int lookAhead) {
    if (lookAhead < 0) {
      throw new IllegalArgumentException("look-ahead is not negative");
    }
    this.parameters = parameters;
    this.lookAhead = lookAhead;
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
    return new Verification.Rejected(Verification.Reason.NO_MATCH);
  }
}
