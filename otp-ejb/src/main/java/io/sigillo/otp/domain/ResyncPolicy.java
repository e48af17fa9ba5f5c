package io.sigillo.otp.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;

/**
 * How far a resynchronisation may search.
 *
 * <p>Two consecutive 6-digit codes match by chance at one position in 10<sup>12</sup>, so a search
 * over {@code n} positions is fooled with probability about {@code n}·10<sup>-12</sup>: one in a
 * billion at the default 1,000, one in ten million at the 100,000 maximum. Past {@code
 * thirdCodeBeyond} positions a third code is required, bringing that back below 10<sup>-13</sup>.
 * The default threshold lies beyond the default window, so ordinary resynchronisations need two
 * codes and only tenants that widen the window ask for a third.
 *
 * @param hotpWindow counters searched after the expected one
 * @param totpSteps time steps searched either side of now
 * @param thirdCodeBeyond distance from the expected position beyond which three codes are needed
 */
public record ResyncPolicy(int hotpWindow, int totpSteps, int thirdCodeBeyond) {

  public static final int MAX_HOTP_WINDOW = 100_000;

  /** One day of 30-second steps. */
  public static final int MAX_TOTP_STEPS = 2_880;

  public ResyncPolicy {
    if (hotpWindow < 1 || hotpWindow > MAX_HOTP_WINDOW) {
      throw new SigilloException(OtpError.POLICY_INVALID, "hotpWindow", "1..100000");
    }
    if (totpSteps < 1 || totpSteps > MAX_TOTP_STEPS) {
      throw new SigilloException(OtpError.POLICY_INVALID, "totpSteps", "1..2880");
    }
    if (thirdCodeBeyond < 1) {
      throw new SigilloException(OtpError.POLICY_INVALID, "thirdCodeBeyond", ">= 1");
    }
  }

  /** 1,000 counters; one hour either side at 30 s; a third code past 10,000. */
  public static ResyncPolicy defaults() {
    return new ResyncPolicy(1_000, 120, 10_000);
  }
}
