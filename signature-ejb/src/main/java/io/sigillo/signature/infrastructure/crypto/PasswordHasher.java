package io.sigillo.signature.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Remote-signature passwords, stored as Argon2id in the PHC string format ({@code
 * $argon2id$v=19$m=…,t=…,p=…$salt$hash}), so each hash carries its own parameters and stronger ones
 * can be introduced without invalidating the old.
 *
 * <p>Why Argon2id and these parameters: it is memory-hard (GPU and ASIC guessing costs memory, not
 * only time), it is the winner of the Password Hashing Competition and RFC 9106's recommendation,
 * and the id variant resists both side channels and time-memory trade-offs. The parameters are
 * OWASP's Password Storage Cheat Sheet baseline for Argon2id, m = 19 MiB, t = 2, p = 1: on this
 * platform's 2-core reference machine one check costs tens of milliseconds and 19 MiB, which stays
 * affordable when several holders sign at once, while an offline attacker pays the same memory per
 * guess. Keycloak, which logs the same people in, uses Argon2id too. PBKDF2 would need 600,000
 * iterations for comparable (and only CPU-bound) strength. The salt is 16 random bytes and the hash
 * 32 bytes (RFC 9106 section 4). The online side is bounded separately by the holder's lockout.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();

  /** The PHC string of a new random salt and the password; the password array is not kept. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /**
   * Whether the password is the one hashed; the comparison takes the same time wherever the hashes
   * differ. A stored value that is not a PHC Argon2id string matches nothing.
   */
  public boolean matches(char[] password, String stored) {
    Matcher phc = stored == null ? null : PHC.matcher(stored);
    if (phc == null || !phc.matches() || password == null) {
      return false;
    }
    byte[] expected = B64D.decode(phc.group(5));
    byte[] actual =
        derive(
            password,
            B64D.decode(phc.group(4)),
            Integer.parseInt(phc.group(1)),
            Integer.parseInt(phc.group(2)),
            Integer.parseInt(phc.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether a stored hash used weaker parameters than today's and should be redone at login. */
  public boolean outdated(String stored) {
    Matcher phc = PHC.matcher(stored);
    return !phc.matches()
        || Integer.parseInt(phc.group(1)) < MEMORY_KIB
        || Integer.parseInt(phc.group(2)) < ITERATIONS;
  }

  private static byte[] derive(
      char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build());
    byte[] secret = utf8(password);
    try {
      byte[] out = new byte[length];
      generator.generateBytes(secret, out);
      return out;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] utf8(char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return bytes;
  }
}
