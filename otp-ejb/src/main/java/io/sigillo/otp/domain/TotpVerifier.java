package io.sigillo.otp.domain;

import io.sigillo.core.time.ClockOffset;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides on a code from a time-based device (RFC 6238).
 *
 * <p>Two positions anchor the window: the device's <em>reference</em> step (the server's step moved
 * by the base drift a resynchronisation set) and its <em>expected</em> step (the reference moved by
 * the drift learned from recent acceptances). Steps within {@code windowSteps} of either, above the
 * replay floor, are acceptable. Covering the reference as well as the expected step matters when a
 * person fixes their phone's clock: their codes fall back to the reference, and must not be refused
 * because of a drift learned while the clock was wrong. Because the learned drift is capped, this
 * adds at most {@code driftCapSteps} candidates. All candidates are computed even after a match, so
 * the time taken does not tell which offset matched; of several matches the one nearest the
 * expected step wins.
 *
 * <p>After an acceptance the learned drift becomes the offset the code showed from the reference,
 * clamped to the cap: it follows a clock that wanders slowly, but can never carry the window
 * further than the cap.
 *
 * <p>A code that is not acceptable is looked for further away only to explain the refusal: at an
 * already used step (a replay), or within the diagnostic window around the server's own step (a
 * device whose clock is wrong). Such a code is never accepted, however exactly it matches. Below
 * the replay floor, outside the acceptance range, a step that was accepted is a replay, and one
 * that never was is a clock behind (the code of a phone minutes slow, after a good sign-in): the
 * state remembers which recent steps were accepted ({@link TotpState#accepted}). A step further
 * below than that memory is explained as neither.
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
    long reference = current + state.baseDriftSteps();
    // The tenant may have lowered the cap since this drift was learned.
    long expected = reference + clamp(state.learnedDriftSteps(), rules.driftCapSteps());
    long from = Math.min(reference, expected) - rules.windowSteps();
    long to = Math.max(reference, expected) + rules.windowSteps();

    long best = -1;
    for (long step = Math.max(from, state.lastAcceptedStep() + 1); step <= to; step++) {
      if (calculator.matches(step, code)
          && (best < 0 || Math.abs(step - expected) < Math.abs(best - expected))) {
        best = step;
      }
    }
    if (best >= 0) {
      int observed = Math.toIntExact(best - reference);
      int limit = rules.windowSteps() + rules.driftCapSteps();
      return new Verification.Accepted(
          best, clamp(observed, rules.driftCapSteps()), new WindowUse(observed, limit));
    }
    if (usedBefore(calculator, code, from, Math.min(to, state.lastAcceptedStep()))) {
      return new Verification.Rejected(Verification.Reason.REPLAYED);
    }
    return diagnose(calculator, code, current, from, to, state)
        .orElseGet(() -> new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  private static boolean usedBefore(
      OtpCalculator calculator, PresentedCode code, long from, long to) {
    for (long step = Math.max(0, from); step <= to; step++) {
      if (calculator.matches(step, code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest match to the server's own step outside the acceptance range: a clock off by that
   * much, or a replay when the step matched was accepted before.
   */
  private Optional<Verification> diagnose(
      OtpCalculator calculator,
      PresentedCode code,
      long current,
      long from,
      long to,
      TotpState state) {
    long reach = rules.diagnosticWindow().getSeconds() / parameters.period().getSeconds();
    for (long distance = 0; distance <= reach; distance++) {
      for (long step :
          distance == 0
              ? new long[] {current}
              : new long[] {current + distance, current - distance}) {
        if (step >= 0
            && (step < from || step > to)
            && explainable(step, state)
            && calculator.matches(step, code)) {
          return Optional.of(
              state.accepted(step)
                  ? new Verification.Rejected(Verification.Reason.REPLAYED)
                  : new Verification.ClockDrift(
                      new ClockOffset(parameters.durationOf(step - current))));
        }
      }
    }
    return Optional.empty();
  }

  /** Above the floor, or below it within the remembered steps (accepted or not is then known). */
  private static boolean explainable(long step, TotpState state) {
    return step > state.lastAcceptedStep() || state.remembers(step);
  }

  static int clamp(long value, int cap) {
    return (int) Math.max(-cap, Math.min(cap, value));
  }
}
