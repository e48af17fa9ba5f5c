package io.sigillo.otp.domain;

import io.sigillo.otp.api.ClockOffset;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides on a code from a time-based device (RFC 6238).
 *
 * <p>The expected step is the server's current step moved by the device's drift. Steps within the
 * window around it, and above the replay floor, are acceptable. All of them are computed even after
 * a match, so the time taken does not tell which offset matched. When several match (one chance in
 * a million per extra step), the one nearest the expected step wins.
 *
 * <p>A code that is not acceptable is looked for further away only to explain the refusal: at an
 * already used step (a replay), or within the diagnostic window around the server's own time (a
 * device whose clock is wrong). Such a code is never accepted, however exactly it matches.
 */
public final class TotpVerifier {

  private final OtpParameters parameters;
  private final TotpRules rules;

  public TotpVerifier(OtpParameters parameters, TotpRules rules) {
    this.parameters = parameters;
    this.rules = rules;
  }

  public Verification verify(OtpSecret secret, TotpState state, PresentedCode code, Instant now) {
    OtpCalculator calculator = new OtpCalculator(secret, parameters);
    long current = parameters.stepAt(now);
    long expected = current + state.driftSteps();
    int window = rules.windowSteps();

    boolean found = false;
    int best = 0;
    for (int offset = -window; offset <= window; offset++) {
      long step = expected + offset;
      if (step > state.lastAcceptedStep()
          && calculator.matches(step, code)
          && (!found || Math.abs(offset) < Math.abs(best))) {
        found = true;
        best = offset;
      }
    }
    if (found) {
      int learned = clamp(state.learnedDriftSteps() + best, rules.driftCapSteps());
      return new Verification.Accepted(expected + best, learned, new WindowUse(best, window));
    }
    if (usedBefore(calculator, code, expected - window, expected + window, state)) {
      return new Verification.Rejected(Verification.Reason.REPLAYED);
    }
    return diagnose(calculator, code, current, expected, state)
        .<Verification>map(Verification.ClockDrift::new)
        .orElseGet(() -> new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  private static boolean usedBefore(
      OtpCalculator calculator, PresentedCode code, long from, long to, TotpState state) {
    for (long step = Math.max(0, from); step <= Math.min(to, state.lastAcceptedStep()); step++) {
      if (calculator.matches(step, code)) {
        return true;
      }
    }
    return false;
  }

  /** Nearest match to the server's own step outside the acceptance window, above the floor. */
  private Optional<ClockOffset> diagnose(
      OtpCalculator calculator, PresentedCode code, long current, long expected, TotpState state) {
    long reach = rules.diagnosticWindow().getSeconds() / parameters.period().getSeconds();
    for (long distance = 0; distance <= reach; distance++) {
      long ahead = current + distance;
      long behind = current - distance;
      if (diagnosable(ahead, expected, state) && calculator.matches(ahead, code)) {
        return Optional.of(new ClockOffset(parameters.durationOf(distance)));
      }
      if (distance > 0
          && diagnosable(behind, expected, state)
          && calculator.matches(behind, code)) {
        return Optional.of(new ClockOffset(parameters.durationOf(-distance)));
      }
    }
    return Optional.empty();
  }

  private boolean diagnosable(long step, long expected, TotpState state) {
    return step > state.lastAcceptedStep() && Math.abs(step - expected) > rules.windowSteps();
  }

  static int clamp(int value, int cap) {
    return Math.max(-cap, Math.min(cap, value));
  }
}
