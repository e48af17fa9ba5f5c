package io.sigillo.otp.api;

/** The answer the registry gives to a presented code, as API clients and the portal see it. */
public enum ValidationStatus {
  ACCEPTED,
  REJECTED,
  /** The code matched a few minutes away from now: the device's clock is wrong; never accepted. */
  CLOCK_DRIFT,
  /**
   * A hardware token's code matched presses beyond the look-ahead window: the token is that many
   * presses ahead and needs a resynchronisation; never accepted, the counter does not move.
   */
  TOKEN_AHEAD,
  LOCKED,
  NOT_ACTIVE
}
