package io.sigillo.identity.api;

/** Whether an identity's level-2 credentials may be used. */
public enum SecondFactorStatus {
  ACTIVE,
  /**
   * Suspended by a recovery: the holder said they cannot produce a code any more. Only a new
   * association of the OTP app makes level 2 active again.
   */
  SUSPENDED
}
