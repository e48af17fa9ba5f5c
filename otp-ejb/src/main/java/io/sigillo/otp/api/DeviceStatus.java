package io.sigillo.otp.api;

/**
 * Where a device is in its life. Being locked is not a status: a locked device is still the
 * person's active device, and unlocking returns it to use without a new enrolment.
 */
public enum DeviceStatus {
  /**
   * A hardware token imported into the tenant's stock, nobody's yet: claimed by a holder or
   * assigned by an operator (see {@link TokenState}). Validates no code.
   */
  AVAILABLE,
  /** Enrolled, waiting for a first valid code that proves the app or token works. */
  PENDING,
  ACTIVE,
  /** Reset by the holder or an operator, for example when re-associating a new phone. */
  REVOKED,
  /** Reported lost; never usable again. */
  LOST
}
