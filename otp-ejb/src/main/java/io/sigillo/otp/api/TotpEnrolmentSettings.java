package io.sigillo.otp.api;

/**
 * How a tenant's new authenticator apps compute their codes, as stored and edited. The defaults
 * (SHA-1, 6 digits, 30 s) are the only combination every common app honours; a tenant chooses
 * others only if its people's apps read them from the key URI.
 *
 * @param algorithm {@code SHA1}, {@code SHA256} or {@code SHA512}
 * @param digits 6 or 8
 * @param periodSeconds the time step, 15..300 seconds
 */
public record TotpEnrolmentSettings(String algorithm, int digits, int periodSeconds) {

  public static TotpEnrolmentSettings defaults() {
    return new TotpEnrolmentSettings("SHA1", 6, 30);
  }
}
