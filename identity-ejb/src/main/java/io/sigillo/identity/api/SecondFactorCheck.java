package io.sigillo.identity.api;

/** What the portal tells a person after a level-2 code. */
public enum SecondFactorCheck {
  ACCEPTED,
  /** A wrong code; more attempts may remain. */
  REJECTED,
  /** Already used: type the next code the app shows. */
  REPLAYED,
  /** Too soon after a wrong code: wait and try again. */
  DELAYED,
  /** The code matched a few minutes away: the phone's clock is off. */
  CLOCK_DRIFT,
  /** Too many wrong codes: the app is locked. */
  LOCKED,
  /** No active OTP app: associate one (or use an SMS code). */
  NO_APP,
  /** Level 2 is suspended since a recovery: associate the app again. */
  SUSPENDED,
  /** The SMS code expired, was exhausted or superseded: ask for a new one. */
  CODE_CLOSED,
  /** The identity is revoked: nothing is accepted. */
  IDENTITY_REVOKED
}
