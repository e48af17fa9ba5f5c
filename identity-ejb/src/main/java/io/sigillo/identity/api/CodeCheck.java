package io.sigillo.identity.api;

/** The answer to a code received by SMS or e-mail and typed in. */
public enum CodeCheck {
  VERIFIED,
  /** Not the code sent; more attempts remain. */
  WRONG,
  /** Too late, or a newer code was sent: ask for a new one. */
  EXPIRED,
  /** Too many wrong codes: ask for a new one. */
  EXHAUSTED,
  /** Already used once. */
  ALREADY_USED
}
