package io.sigillo.core.error;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short random id that ties what a user sees on an error page to the server log line of the same
 * failure. Twelve hex characters: short enough to dictate on the phone to support staff.
 */
public final class CorrelationId {

  private static final SecureRandom RANDOM = new SecureRandom();

  private CorrelationId() {}

  public static String next() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
