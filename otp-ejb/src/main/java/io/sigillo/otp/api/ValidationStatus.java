package io.sigillo.otp.api;

/** The answer the registry gives to a presented code, as API clients and the portal see it. */
public enum ValidationStatus {
  ACCEPTED,
  REJECTED,
  /** The code matched a few minutes away from now: the device's clock is wrong; never accepted. */
  CLOCK_DRIFT,
  LOCKED,
  NOT_ACTIVE
}
