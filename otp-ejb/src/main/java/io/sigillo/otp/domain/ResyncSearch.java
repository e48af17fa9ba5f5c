package io.sigillo.otp.domain;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import java.time.Instant;
import java.util.List;

/**
 * Finds where a device is, from two or three codes it displayed one after the other. Searches only
 * above the replay floor, so it can never move a device backwards or re-accept a used code, and it
 * computes one HMAC per position: the second and third codes are checked only where the first one
 * matches.
 */
public final class ResyncSearch {

  private final OtpParameters parameters;
  private final ResyncPolicy policy;

  public ResyncSearch(OtpParameters parameters, ResyncPolicy policy) {
    this.parameters = parameters;
    this.policy = policy;
  }

  /** Searches {@code hotpWindow} counters starting at the expected one. */
  public Resync hotp(OtpSecret secret, HotpState state, List<PresentedCode> codes) {
    requireTwoOrThree(codes);
    OtpCalculator calculator = new OtpCalculator(secret, parameters);
    long expected = state.nextCounter();
    for (long counter = expected; counter < expected + policy.hotpWindow(); counter++) {
      if (consecutiveFrom(calculator, counter, codes)) {
        return decide(counter - expected, counter + codes.size() - 1, 0, codes);
      }
    }
    return new Resync.NotFound();
  }

  /**
   * Searches {@code totpSteps} either side of the server's step. The last code is the one the
   * device shows as the request is sent, so its step measures the device's clock; of several
   * matches the one nearest the server's time wins.
   */
  public Resync totp(OtpSecret secret, TotpState state, List<PresentedCode> codes, Instant now) {
    requireTwoOrThree(codes);
    OtpCalculator calculator = new OtpCalculator(secret, parameters);
    long current = parameters.stepAt(now);
    int span = codes.size() - 1;
    long first = Math.max(state.lastAcceptedStep() + 1, current - policy.totpSteps() - span);
    long best = -1;
    for (long step = first; step + span <= current + policy.totpSteps(); step++) {
      if (consecutiveFrom(calculator, step, codes)
          && (best < 0 || Math.abs(step + span - current) < Math.abs(best + span - current))) {
        best = step;
      }
    }
    if (best < 0) {
      return new Resync.NotFound();
    }
    long drift = best + span - current;
    return decide(Math.abs(drift), best + span, Math.toIntExact(drift), codes);
  }

  private Resync decide(long distance, long lastAccepted, int drift, List<PresentedCode> codes) {
    if (codes.size() < 3 && distance > policy.thirdCodeBeyond()) {
      return new Resync.ThirdCodeNeeded(distance);
    }
    return new Resync.Found(lastAccepted, drift, distance);
  }

  private static boolean consecutiveFrom(
      OtpCalculator calculator, long start, List<PresentedCode> codes) {
    for (int i = 0; i < codes.size(); i++) {
      if (!calculator.matches(start + i, codes.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static void requireTwoOrThree(List<PresentedCode> codes) {
    if (codes.size() < 2 || codes.size() > 3) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "2 or 3 consecutive codes");
    }
  }
}
