package io.sigillo.otp.domain;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The shared secret of a device. Copies on the way in and out so no caller can alter it, and never
 * prints itself: a secret must not reach a log line through an innocent {@code toString}.
 */
public final class OtpSecret {

  /** RFC 4226 R6 requires at least 128 bits. */
  public static final int MIN_BYTES = 16;

  /** 160 bits: RFC 4226's recommendation and the HMAC-SHA1 block-friendly size apps expect. */
  public static final int GENERATED_BYTES = 20;

  private final byte[] bytes;

  private OtpSecret(byte[] bytes) {
    this.bytes = bytes;
  }

  public static OtpSecret of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length < MIN_BYTES || bytes.length > 128) {
      throw new IllegalArgumentException("an OTP secret has 16..128 bytes");
    }
    return new OtpSecret(bytes.clone());
  }

  public static OtpSecret generate(SecureRandom random) {
    byte[] bytes = new byte[GENERATED_BYTES];
    random.nextBytes(bytes);
    return new OtpSecret(bytes);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OtpSecret that
        && java.security.MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "OtpSecret[" + bytes.length * 8 + " bits]";
  }
}
