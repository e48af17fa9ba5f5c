package io.sigillo.it.identity;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app written for the tests from RFC 6238 and RFC 4648, sharing no code with the
 * registry: it reads an {@code otpauth://totp/…} URI (or a typed key) and computes codes for any
 * moment, so a test can be early, late or on time like a phone with a wrong clock.
 */
final class Totp {

  private final byte[] key;
  private final int digits;
  private final int period;

  private Totp(byte[] key, int digits, int period) {
    this.key = key;
    this.digits = digits;
    this.period = period;
  }

  static Totp fromUri(String otpauth) {
    URI uri = URI.create(otpauth);
    if (!"otpauth".equals(uri.getScheme()) || !"totp".equals(uri.getHost())) {
      throw new IllegalArgumentException("not a TOTP key URI: " + otpauth);
    }
    String secret = null;
    int digits = 6;
    int period = 30;
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      switch (kv[0]) {
        case "secret" -> secret = value;
        case "digits" -> digits = Integer.parseInt(value);
        case "period" -> period = Integer.parseInt(value);
        case "algorithm" -> {
          if (!"SHA1".equalsIgnoreCase(value)) {
            throw new IllegalArgumentException("only SHA1 in this test app: " + value);
          }
        }
        default -> {}
      }
    }
    return new Totp(base32(secret), digits, period);
  }

  /** The key as people type it: Base32 in groups of four. */
  static Totp fromManualKey(String grouped) {
    return new Totp(base32(grouped.replace(" ", "")), 6, 30);
  }

  String at(Instant when) {
    long step = Math.floorDiv(when.getEpochSecond(), period);
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      int modulo = (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulo);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String clean = text.toUpperCase(Locale.ROOT).replace("=", "");
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
