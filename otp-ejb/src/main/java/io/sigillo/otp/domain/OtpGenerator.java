package io.sigillo.otp.domain;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code a device displays, one at a time, computed by java-otp: what a token simulator, a demo
 * device or a support tool needs. Validation does not come through here; it scans many candidates
 * for one key and uses {@link OtpCalculator}, which keeps one keyed Mac for the whole scan.
 */
public final class OtpGenerator {

  /**
   * java-otp lets the caller choose the HMAC only on its TOTP generator. With a one-millisecond
   * step the TOTP time step of {@code Instant.ofEpochMilli(counter)} is exactly {@code counter},
   * which makes that generator an HOTP generator for SHA-256 and SHA-512 too.
   */
  private static final Duration COUNTER_AS_STEP = Duration.ofMillis(1);

  private final OtpSecret secret;
  private final OtpParameters parameters;

  public OtpGenerator(OtpSecret secret, OtpParameters parameters) {
    this.secret = secret;
    this.parameters = parameters;
  }

  /** The HOTP code (RFC 4226) for an event counter, zero-padded to the device's digits. */
  public String hotp(long counter) {
    if (counter < 0) {
      throw new IllegalArgumentException("an HOTP counter is not negative");
    }
    if (parameters.algorithm() == OtpAlgorithm.SHA1) {
      HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(parameters.digits());
      return generate(() -> hotp.generateOneTimePasswordString(key(), counter, Locale.ROOT));
    }
    TimeBasedOneTimePasswordGenerator viaSteps =
        new TimeBasedOneTimePasswordGenerator(
            COUNTER_AS_STEP, parameters.digits(), parameters.algorithm().jcaName());
    return generate(
        () ->
            viaSteps.generateOneTimePasswordString(
                key(), Instant.ofEpochMilli(counter), Locale.ROOT));
  }

  /** The TOTP code (RFC 6238) a device with a correct clock shows at {@code instant}. */
  public String totp(Instant instant) {
    TimeBasedOneTimePasswordGenerator totp =
        new TimeBasedOneTimePasswordGenerator(
            parameters.period(), parameters.digits(), parameters.algorithm().jcaName());
    return generate(() -> totp.generateOneTimePasswordString(key(), instant, Locale.ROOT));
  }

  private SecretKeySpec key() {
    return new SecretKeySpec(secret.bytes(), parameters.algorithm().jcaName());
  }

  private static String generate(Computation computation) {
    try {
      return computation.run();
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the secret is not a usable HMAC key", e);
    }
  }

  @FunctionalInterface
  private interface Computation {
    String run() throws InvalidKeyException;
  }
}
