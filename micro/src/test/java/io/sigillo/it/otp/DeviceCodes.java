package io.sigillo.it.otp;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.sigillo.it.support.OtpApp;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a phone app or a token would display, computed with java-otp from the key the registry gave
 * out (or the seed a token was registered with), independently of the registry's own calculator.
 * SHA-1, 6 digits, 30 s: the defaults of enrolment and of the tokens the tests register.
 */
final class DeviceCodes {

  private final SecretKeySpec key;

  private DeviceCodes(byte[] secret) {
    this.key = new SecretKeySpec(secret, "HmacSHA1");
  }

  /** From the manual key of an enrolment or a token seed: Base32, spaces allowed. */
  static DeviceCodes fromBase32(String base32) {
    return new DeviceCodes(OtpApp.base32(base32));
  }

  String totp(Instant deviceClock) {
    try {
      return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6)
          .generateOneTimePasswordString(key, deviceClock, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  String hotp(long counter) {
    try {
      return new HmacOneTimePasswordGenerator(6)
          .generateOneTimePasswordString(key, counter, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
