package io.sigillo.otp.infrastructure.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys of device secrets, by key id. The current key encrypts; every key still
 * listed decrypts, so a key is rotated by adding a new one, making it current, re-encrypting the
 * rows, and only then removing the old one.
 *
 * <p>Built once at start-up from configuration, for example {@code
 * sigillo.otp.secret-keys.current=k2026a} and {@code
 * sigillo.otp.secret-keys=k2025b:BASE64,k2026a:BASE64}, each value 32 random bytes in standard
 * Base64 (which has neither {@code :} nor {@code ,}). Never prints its keys.
 */
public final class Keyring {

  public static final int KEY_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private final String currentKeyId;
  private final Map<String, SecretKey> keys;

  private Keyring(String currentKeyId, Map<String, SecretKey> keys) {
    this.currentKeyId = currentKeyId;
    this.keys = Map.copyOf(keys);
  }

  /** Refuses malformed ids, keys that are not exactly 256 bits, and a current id with no key. */
  public static Keyring of(String currentKeyId, Map<String, byte[]> rawKeys) {
    Objects.requireNonNull(currentKeyId, "currentKeyId");
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    rawKeys.forEach(
        (id, raw) -> {
          if (!isKeyId(id)) {
            throw new IllegalArgumentException("key ids are 1..32 of [A-Za-z0-9._-]");
          }
          if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("key " + id + " is not 256 bits");
          }
          keys.put(id, new SecretKeySpec(raw, "AES"));
        });
    if (!keys.containsKey(currentKeyId)) {
      throw new IllegalArgumentException("the current key " + currentKeyId + " is not in the ring");
    }
    return new Keyring(currentKeyId, keys);
  }

  /** From configuration text: {@code id:base64} entries separated by commas. */
  public static Keyring parse(String currentKeyId, String entries) {
    Map<String, byte[]> raw = new LinkedHashMap<>();
    for (String entry : entries.split(",")) {
      String trimmed = entry.strip();
      int colon = trimmed.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("a key entry is id:base64");
      }
      String id = trimmed.substring(0, colon);
      if (raw.containsKey(id)) {
        throw new IllegalArgumentException("key " + id + " listed twice");
      }
      try {
        raw.put(id, Base64.getDecoder().decode(trimmed.substring(colon + 1).strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key " + id + " is not Base64");
      }
    }
    return of(currentKeyId, raw);
  }

  static boolean isKeyId(String id) {
    return id != null && KEY_ID.matcher(id).matches();
  }

  public String currentKeyId() {
    return currentKeyId;
  }

  SecretKey currentKey() {
    return keys.get(currentKeyId);
  }

  Optional<SecretKey> find(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  public Set<String> keyIds() {
    return keys.keySet();
  }

  @Override
  public String toString() {
    return "Keyring[current=" + currentKeyId + ", ids=" + keys.keySet() + "]";
  }
}
