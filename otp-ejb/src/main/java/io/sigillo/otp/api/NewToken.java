package io.sigillo.otp.api;

/**
 * A hardware token to register for a person, as the issuer's data describe it.
 *
 * @param serial the serial printed on the token, unique within the tenant
 * @param base32Secret the token's seed in RFC 4648 Base32 (spaces and padding allowed)
 * @param algorithm {@code SHA1}, {@code SHA256} or {@code SHA512}; {@code null} means SHA1
 * @param digits 6 or 8
 * @param nextCounter the counter of the next code the token will show (0 for a new token)
 */
public record NewToken(
    String owner,
    String serial,
    String base32Secret,
    String algorithm,
    int digits,
    long nextCounter) {

  @Override
  public String toString() {
    return "NewToken[owner=" + owner + ", serial=" + serial + "]";
  }
}
