package io.sigillo.otp.infrastructure.crypto;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts device secrets for storage with AES-256-GCM.
 *
 * <p>Stored form: {@code version(1) | keyIdLength(1) | keyId | iv(12) | ciphertext+tag(16)}. The
 * header travels in clear so the right key can be found and rows under an old key can be selected
 * for rotation; it is also part of the associated data, with the {@link SecretBinding}, so neither
 * the header nor the row can be changed without the tag failing.
 *
 * <p>A fresh random 96-bit IV per encryption. GCM must never see the same IV twice under one key;
 * with random IVs that stays negligible for up to 2<sup>32</sup> encryptions per key (NIST SP
 * 800-38D), far beyond the number of devices a key protects before it is rotated.
 *
 * <p>Thread-safe: a {@link Cipher} is created per call; {@link SecureRandom} is safe to share.
 */
public final class SecretCipher {

  private static final byte VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final Keyring keyring;
  private final SecureRandom random;

  public SecretCipher(Keyring keyring, SecureRandom random) {
    this.keyring = keyring;
    this.random = random;
  }

  /** Encrypts under the current key. */
  public byte[] encrypt(byte[] secret, SecretBinding binding) {
    byte[] header = header(keyring.currentKeyId());
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, keyring.currentKey(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(header);
      cipher.updateAAD(binding.encoded());
      byte[] sealed = cipher.doFinal(secret);
      return ByteBuffer.allocate(header.length + IV_BYTES + sealed.length)
          .put(header)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * The secret of the bound row. Fails with {@link OtpError#SECRET_KEY_UNKNOWN} when the key was
   * removed from the ring, and {@link OtpError#SECRET_UNREADABLE} when the value was altered, is
   * not in the stored form, or belongs to another row.
   */
  public byte[] decrypt(byte[] stored, SecretBinding binding) {
    Envelope envelope = Envelope.read(stored);
    SecretKey key =
        keyring
            .find(envelope.keyId())
            .orElseThrow(() -> new SigilloException(OtpError.SECRET_KEY_UNKNOWN));
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, envelope.iv()));
      cipher.updateAAD(envelope.header());
      cipher.updateAAD(binding.encoded());
      return cipher.doFinal(envelope.sealed());
    } catch (AEADBadTagException e) {
      throw new SigilloException(OtpError.SECRET_UNREADABLE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /** The id of the key a stored value was encrypted under. */
  public static String keyIdOf(byte[] stored) {
    return Envelope.read(stored).keyId();
  }

  public boolean needsRotation(byte[] stored) {
    return !keyring.currentKeyId().equals(keyIdOf(stored));
  }

  /**
   * Rotation of one row: the same secret under the current key with a new IV. The plaintext lives
   * only inside this call and is wiped before it returns.
   */
  public byte[] reencrypt(byte[] stored, SecretBinding binding) {
    byte[] secret = decrypt(stored, binding);
    try {
      return encrypt(secret, binding);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] header(String keyId) {
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(2 + id.length).put(VERSION).put((byte) id.length).put(id).array();
  }

  private record Envelope(byte[] header, String keyId, byte[] iv, byte[] sealed) {

    static Envelope read(byte[] stored) {
      if (stored == null || stored.length < 2 || stored[0] != VERSION) {
        throw new SigilloException(OtpError.SECRET_UNREADABLE);
      }
      int idLength = stored[1] & 0xff;
      int headerLength = 2 + idLength;
      if (stored.length < headerLength + IV_BYTES + TAG_BITS / 8) {
        throw new SigilloException(OtpError.SECRET_UNREADABLE);
      }
      String keyId = new String(stored, 2, idLength, StandardCharsets.US_ASCII);
      if (!Keyring.isKeyId(keyId)) {
        throw new SigilloException(OtpError.SECRET_UNREADABLE);
      }
      return new Envelope(
          Arrays.copyOfRange(stored, 0, headerLength),
          keyId,
          Arrays.copyOfRange(stored, headerLength, headerLength + IV_BYTES),
          Arrays.copyOfRange(stored, headerLength + IV_BYTES, stored.length));
    }
  }
}
