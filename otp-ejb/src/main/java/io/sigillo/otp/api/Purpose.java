package io.sigillo.otp.api;

/**
 * What a one-time code is presented for. One device can serve both purposes for the same person,
 * sharing its counter or time-step state, while each purpose keeps its own window and lockout
 * rules.
 */
public enum Purpose {
  /** Second factor of a SPID level-2 login. */
  LOGIN,
  /** Authorisation of a remote signature. */
  SIGN
}
