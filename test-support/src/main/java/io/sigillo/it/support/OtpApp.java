package io.sigillo.it.support;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a phone app or a token would display (HMAC-SHA1), computed by java-otp, the project's OTP
 * library and the tests' oracle: the registry validates with its own scanning calculator, so it is
 * checked against an independent implementation. It reads an {@code otpauth://totp/…} URI or a
 * typed Base32 key (decoded here from RFC 4648, not with the registry's decoder) and computes the
 * code of any counter or moment, so a test can be early, late or on time like a phone with a wrong
 * clock. In-container tests add it to their deployment (java-otp is in the application).
 */
public final class OtpApp {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final SecretKeySpec key;
  private final int digits;
  private final int period;

  private OtpApp(byte[] key, int digits, int period) {
    this.key = new SecretKeySpec(key, "HmacSHA1");
    this.digits = digits;
    this.period = period;
  }

  /** A raw key with the enrolment defaults: 6 digits, 30-second steps. */
  public static OtpApp of(byte[] key) {
    return new OtpApp(key, 6, 30);
  }

  /** An app with other digits or another period than the usual 6 and 30 s. */
  public static OtpApp of(byte[] key, int digits, int period) {
    return new OtpApp(key, digits, period);
  }

  /** The key as people type it or a token seed: Base32, spaces, padding and lower case allowed. */
  public static OtpApp fromBase32(String base32) {
    return of(base32(base32));
  }

  /** What an app reads from the QR code: secret, digits and period (SHA1 only). */
  public static OtpApp fromUri(String otpauth) {
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
    return new OtpApp(base32(secret), digits, period);
  }

  /** The code a token shows at this counter value (its n-th press, from 0). */
  public String hotp(long counter) {
    try {
      return new HmacOneTimePasswordGenerator(digits)
          .generateOneTimePasswordString(key, counter, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code an app whose clock says {@code when} shows. */
  public String totp(Instant when) {
    try {
      return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(period), digits)
          .generateOneTimePasswordString(key, when, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4648 Base32, written here so no test leans on the registry's decoder. */
  public static byte[] base32(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
