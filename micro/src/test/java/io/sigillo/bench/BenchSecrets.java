package io.sigillo.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seed of benchmark device {@code id}, derived from the id so the generator and the load
 * clients agree without a file of secrets: 160 bits of HMAC-SHA256 under a fixed, public label.
 * Benchmark data only; real seeds come from {@code SecureRandom} at enrolment.
 */
final class BenchSecrets {

  private static final byte[] LABEL = "sigillo benchmark device seed".getBytes();

  private BenchSecrets() {}

  static byte[] seed(long id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(LABEL, "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(id).array()), 20);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
