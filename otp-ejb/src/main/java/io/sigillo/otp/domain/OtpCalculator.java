package io.sigillo.otp.domain;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and compares candidate codes of one device during one validation or search.
 *
 * <p>Why not call java-otp for each candidate: {@code HmacOneTimePasswordGenerator} 0.4.0 clones
 * its prototype {@link Mac} (falling back to {@code Mac.getInstance}) and calls {@code
 * Mac.init(key)} on every call, allocates a buffer per code, and its string form goes through
 * {@code String.format}. That is right for one code at a time ({@link OtpGenerator} uses it), but a
 * look-ahead or a resynchronisation scan evaluates up to 100,000 candidates for the same key, and
 * the clone plus key set-up would roughly double the cost of each. Here the key is set once; {@code
 * doFinal} resets the Mac to the keyed state, so each candidate costs one raw HMAC plus RFC 4226
 * dynamic truncation, with no allocation. The result is cross-checked against java-otp in the
 * tests.
 *
 * <p>That one keyed Mac per validation is a clone of an unkeyed prototype per algorithm: {@code
 * Mac.getInstance} looks the provider up each time, which costs about as much as two HMACs and
 * would dominate a three-candidate TOTP check.
 *
 * <p>Not thread-safe and short-lived by design: create one per validation, on the request's thread.
 */
public final class OtpCalculator {

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private static final Map<OtpAlgorithm, Mac> PROTOTYPES = prototypes();

  private final Mac mac;
  private final int digits;
  private final byte[] message = new byte[Long.BYTES];
  private final byte[] hash;
  private final byte[] candidate;

  public OtpCalculator(OtpSecret secret, OtpParameters parameters) {
    this.digits = parameters.digits();
    String algorithm = parameters.algorithm().jcaName();
    byte[] key = secret.bytes();
    try {
      this.mac = newMac(parameters.algorithm());
      mac.init(new SecretKeySpec(key, algorithm));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JVM cannot compute " + algorithm, e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    this.hash = new byte[mac.getMacLength()];
    this.candidate = new byte[digits];
  }

  /**
   * The prototypes are never keyed or used, only cloned. Asking each for its length makes it choose
   * its provider now, once, rather than during the first concurrent clones.
   */
  private static Map<OtpAlgorithm, Mac> prototypes() {
    Map<OtpAlgorithm, Mac> prototypes = new EnumMap<>(OtpAlgorithm.class);
    for (OtpAlgorithm algorithm : OtpAlgorithm.values()) {
      try {
        Mac prototype = Mac.getInstance(algorithm.jcaName());
        prototype.getMacLength();
        prototypes.put(algorithm, prototype);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JVM cannot compute " + algorithm.jcaName(), e);
      }
    }
    return prototypes;
  }

  private static Mac newMac(OtpAlgorithm algorithm) throws NoSuchAlgorithmException {
    try {
      return (Mac) PROTOTYPES.get(algorithm).clone();
    } catch (CloneNotSupportedException e) {
      return Mac.getInstance(algorithm.jcaName());
    }
  }

  /** The code for a counter (HOTP) or time step (TOTP), as the number a device would display. */
  public int code(long movingFactor) {
    for (int i = Long.BYTES - 1; i >= 0; i--) {
      message[i] = (byte) movingFactor;
      movingFactor >>>= 8;
    }
    try {
      mac.update(message, 0, Long.BYTES);
      mac.doFinal(hash, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("MAC buffer sized from getMacLength", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        (hash[offset] & 0x7f) << 24
            | (hash[offset + 1] & 0xff) << 16
            | (hash[offset + 2] & 0xff) << 8
            | (hash[offset + 3] & 0xff);
    return binary % POWERS_OF_TEN[digits];
  }

  /**
   * Whether the code for {@code movingFactor} is the presented one. The candidate is written as
   * ASCII digits and compared with {@link MessageDigest#isEqual}, whose time does not depend on
   * where the first differing digit is.
   */
  public boolean matches(long movingFactor, PresentedCode presented) {
    int value = code(movingFactor);
    for (int i = digits - 1; i >= 0; i--) {
      candidate[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return MessageDigest.isEqual(candidate, presented.asciiDigits());
  }
}
