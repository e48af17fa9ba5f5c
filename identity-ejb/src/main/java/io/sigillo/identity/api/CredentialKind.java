package io.sigillo.identity.api;

/** The credentials of a SPID identity, with the level each one gives. */
public enum CredentialKind {
  /** Level 1: username and password, kept by the login broker (Keycloak). */
  PASSWORD(1),
  /** Level 2: a TOTP authenticator app, a device of the shared OTP registry. */
  OTP_APP(2),
  /** Level 2: a code sent by SMS to the registered mobile number. */
  SMS(2);

  private final int level;

  CredentialKind(int level) {
    this.level = level;
  }

  public int level() {
    return level;
  }
}
