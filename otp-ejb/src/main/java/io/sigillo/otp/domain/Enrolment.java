package io.sigillo.otp.domain;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * What a new device is given: a fresh secret and the key URI that carries it to the app. Built
 * once, shown once; afterwards only the encrypted secret remains.
 */
public final class Enrolment {

  private final OtpSecret secret;
  private final OtpParameters parameters;
  private final KeyUri keyUri;

  private Enrolment(OtpSecret secret, OtpParameters parameters, KeyUri keyUri) {
    this.secret = secret;
    this.parameters = parameters;
    this.keyUri = keyUri;
  }

  /**
   * @param issuer the tenant's display name, as the app will list it
   * @param account the person's username
   */
  public static Enrolment totp(
      SecureRandom random, String issuer, String account, OtpParameters parameters) {
    Objects.requireNonNull(random, "random");
    OtpSecret secret = OtpSecret.generate(random);
    return new Enrolment(secret, parameters, KeyUri.totp(issuer, account, secret, parameters));
  }

  /** For a soft HOTP device: the counter starts at 0. */
  public static Enrolment hotp(
      SecureRandom random, String issuer, String account, OtpParameters parameters) {
    Objects.requireNonNull(random, "random");
    OtpSecret secret = OtpSecret.generate(random);
    return new Enrolment(secret, parameters, KeyUri.hotp(issuer, account, secret, parameters, 0));
  }

  public OtpSecret secret() {
    return secret;
  }

  public OtpParameters parameters() {
    return parameters;
  }

  public KeyUri keyUri() {
    return keyUri;
  }

  @Override
  public String toString() {
    return "Enrolment[" + keyUri + "]";
  }
}
