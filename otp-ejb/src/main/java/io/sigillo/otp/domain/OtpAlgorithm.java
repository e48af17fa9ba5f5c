package io.sigillo.otp.domain;

/** The HMAC under a device's codes, with the names JCA and the key-URI format use for it. */
public enum OtpAlgorithm {
  SHA1("HmacSHA1", "SHA-1", "SHA1"),
  SHA256("HmacSHA256", "SHA-256", "SHA256"),
  SHA512("HmacSHA512", "SHA-512", "SHA512");

  private final String jcaName;
  private final String digestName;
  private final String uriName;

  OtpAlgorithm(String jcaName, String digestName, String uriName) {
    this.jcaName = jcaName;
    this.digestName = digestName;
    this.uriName = uriName;
  }

  /** The JCA name of the hash under the HMAC, for {@link OtpCalculator}'s own HMAC. */
  public String digestName() {
    return digestName;
  }

  public String jcaName() {
    return jcaName;
  }

  /** The value of the {@code algorithm} parameter of an {@code otpauth://} URI. */
  public String uriName() {
    return uriName;
  }
}
