package io.sigillo.otp.api;

/** The kinds of OTP device, with the stable id each provider is registered and stored under. */
public enum DeviceType {
  /** A smartphone authenticator app (RFC 6238). */
  TOTP("totp"),
  /** A hardware token with a button and an event counter (RFC 4226). */
  HOTP("hotp"),
  /** A code sent by SMS to the person's verified mobile number. */
  SMS("sms");

  private final String id;

  DeviceType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
