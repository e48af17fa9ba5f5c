package io.sigillo.otp.domain;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Computes and compares candidate codes of one device during one validation or search.
 *
 * <p>Why not call java-otp for each candidate: {@code HmacOneTimePasswordGenerator} 0.4.0 clones
 * its prototype {@link javax.crypto.Mac} (falling back to {@code Mac.getInstance}) and calls {@code
 * Mac.init(key)} on every call, allocates a buffer per code, and its string form goes through
 * {@code String.format}. That is right for one code at a time ({@link OtpGenerator} uses it), but a
 * look-ahead or a resynchronisation scan evaluates up to 100,000 candidates for the same key. The
 * result is cross-checked against java-otp and the RFC vectors in the tests.
 *
 * <p>HMAC (RFC 2104) as its section 4 suggests implementing it for many messages under one key: the
 * hash states after the key's inner and outer pad blocks are computed once per calculator, and each
 * candidate resumes from copies of them. A JCA {@code Mac} hashes both pad blocks again for every
 * message, which for an 8-byte counter is half of its work: each candidate here costs about two
 * thirds of one raw {@code Mac} HMAC, so the one-off set-up is paid back within the first
 * candidates of a check. The digests come from clones of one unkeyed prototype per algorithm, since
 * {@code MessageDigest.getInstance} looks the provider up each time.
 *
 * <p>Not thread-safe and short-lived by design: create one per validation, on the request's thread.
 */
public final class OtpCalculator {

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private static final Map<OtpAlgorithm, MessageDigest> PROTOTYPES = prototypes();

  private final MessageDigest inner;
  private final MessageDigest outer;
  private final int digits;
  private final byte[] message = new byte[Long.BYTES];
  private final byte[] innerHash;
  private final byte[] hash;

  public OtpCalculator(OtpSecret secret, OtpParameters parameters) {
    this.digits = parameters.digits();
    OtpAlgorithm algorithm = parameters.algorithm();
    int block = blockLength(algorithm);
    MessageDigest prototype = PROTOTYPES.get(algorithm);
    byte[] key = secret.bytes();
    if (key.length > block) {
      // RFC 2104: a key longer than the block is replaced by its hash
      byte[] hashed = copy(prototype).digest(key);
      Arrays.fill(key, (byte) 0);
      key = hashed;
    }
    byte[] innerPad = new byte[block];
    byte[] outerPad = new byte[block];
    for (int i = 0; i < block; i++) {
      byte k = i < key.length ? key[i] : 0;
      innerPad[i] = (byte) (k ^ 0x36);
      outerPad[i] = (byte) (k ^ 0x5c);
    }
    Arrays.fill(key, (byte) 0);
    this.inner = copy(prototype);
    this.outer = copy(prototype);
    inner.update(innerPad);
    outer.update(outerPad);
    Arrays.fill(innerPad, (byte) 0);
    Arrays.fill(outerPad, (byte) 0);
    this.innerHash = new byte[prototype.getDigestLength()];
    this.hash = new byte[prototype.getDigestLength()];
  }

  /**
   * The block length of each hash (RFC 2104's B): 64 bytes for SHA-1 and SHA-256, 128 for SHA-512.
   */
  private static int blockLength(OtpAlgorithm algorithm) {
    return algorithm == OtpAlgorithm.SHA512 ? 128 : 64;
  }

  private static Map<OtpAlgorithm, MessageDigest> prototypes() {
    Map<OtpAlgorithm, MessageDigest> prototypes = new EnumMap<>(OtpAlgorithm.class);
    for (OtpAlgorithm algorithm : OtpAlgorithm.values()) {
      try {
        MessageDigest prototype = MessageDigest.getInstance(algorithm.digestName());
        prototype.clone();
        prototypes.put(algorithm, prototype);
      } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
        throw new IllegalStateException("the JVM cannot copy " + algorithm.digestName(), e);
      }
    }
    return prototypes;
  }

  private static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("checked at start-up: the digests can be copied", e);
    }
  }

  /** The code for a counter (HOTP) or time step (TOTP), as the number a device would display. */
  public int code(long movingFactor) {
    for (int i = Long.BYTES - 1; i >= 0; i--) {
      message[i] = (byte) movingFactor;
      movingFactor >>>= 8;
    }
    try {
      MessageDigest first = copy(inner);
      first.update(message, 0, Long.BYTES);
      first.digest(innerHash, 0, innerHash.length);
      MessageDigest second = copy(outer);
      second.update(innerHash, 0, innerHash.length);
      second.digest(hash, 0, hash.length);
    } catch (DigestException e) {
      throw new IllegalStateException("digest buffers sized from getDigestLength", e);
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
   * Whether the code for {@code movingFactor} is the presented one. Both are compared as the
   * numbers they are: the presented code's length is checked once when it is parsed, and one {@code
   * int} comparison takes the same time whatever the digits, where writing each candidate out as
   * ASCII digits and comparing arrays cost a tenth of an HMAC per candidate.
   */
  public boolean matches(long movingFactor, PresentedCode presented) {
    return code(movingFactor) == presented.value();
  }
}
