package io.sigillo.otp.api;

/** The answer to a claim of a token. */
public enum ClaimStatus {
  /** The token is now the holder's, active. */
  CLAIMED,
  /**
   * No token this holder may claim shows these codes. The same answer whether the serial does not
   * exist, belongs to someone else, is not in stock, or the codes are wrong, so serials cannot be
   * probed. Counts as a failure.
   */
  REFUSED,
  /** The codes match far from where the token should be: a third consecutive code is needed. */
  THIRD_CODE_NEEDED,
  /** Too soon after the previous failure: refused without being checked, and not counted. */
  DELAYED,
  /** Too many failed claims: refused without being checked until the count expires. */
  BLOCKED
}
