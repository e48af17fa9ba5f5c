package io.sigillo.otp.api;

/**
 * What an SMS code is sent for. A code proves control of the mobile number for one purpose only:
 * the text names it, and a code sent for one purpose is not found when checked for another.
 */
public enum SmsPurpose {
  /** Second factor of a SPID level-2 login by SMS. */
  LOGIN,
  /** Confirmation before the OTP app is re-associated to a new phone. */
  RECONFIGURE,
  /**
   * Confirmation before a person who has no working OTP app associates one (a first app, or one
   * after the only app was revoked): the same step as {@link #RECONFIGURE}, told as what it is.
   */
  ASSOCIATE,
  /** Proof of a new mobile number (or e-mail-free change of one) before it is registered. */
  CONTACT_CHANGE,
  /** Recovery of access when the phone with the OTP app is lost. */
  RECOVERY,
  /** Authorisation of a remote signature by a code sent to the registry's SMS device. */
  SIGN,
  /** Proof of the verified mobile before a forgotten remote-signature password is replaced. */
  SIGN_PASSWORD,
  /** Proof of the holder's verified mobile before the signature device is replaced. */
  DEVICE_CHANGE,
  /**
   * Proof of the mobile number of a customer being enrolled: the customer reads the code to the
   * operator registering the identity.
   */
  ENROLMENT
}
