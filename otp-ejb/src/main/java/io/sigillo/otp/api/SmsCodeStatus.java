package io.sigillo.otp.api;

/** The answer to a code typed in for an SMS challenge. */
public enum SmsCodeStatus {
  /** The right code, in time: the challenge is now used up. */
  VERIFIED,
  /** Not the code sent; more attempts remain. */
  WRONG,
  /** Too late, or a newer code was sent since: ask for a new one. */
  EXPIRED,
  /** Too many wrong codes: this challenge accepts nothing more; ask for a new one. */
  EXHAUSTED,
  /** The code was right but was already used (a second submission, or a concurrent one). */
  ALREADY_USED
}
