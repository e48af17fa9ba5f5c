package io.sigillo.otp.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a device computes its codes. The defaults (SHA-1, 6 digits, 30 s) are the only combination
 * every common authenticator app honours; the others are for tenants whose policy and devices allow
 * them. The period only matters for time-based devices.
 */
public record OtpParameters(OtpAlgorithm algorithm, int digits, Duration period) {

  public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(30);

  public OtpParameters {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(period, "period");
    if (digits != 6 && digits != 8) {
      throw new SigilloException(OtpError.POLICY_INVALID, "digits", "6 or 8");
    }
    if (period.getNano() != 0 || period.getSeconds() < 15 || period.getSeconds() > 300) {
      throw new SigilloException(OtpError.POLICY_INVALID, "period", "15..300 whole seconds");
    }
  }

  public static OtpParameters defaults() {
    return new OtpParameters(OtpAlgorithm.SHA1, 6, DEFAULT_PERIOD);
  }

  public static OtpParameters of(OtpAlgorithm algorithm, int digits) {
    return new OtpParameters(algorithm, digits, DEFAULT_PERIOD);
  }

  /** The RFC 6238 time step containing {@code instant} (T0 = Unix epoch). */
  public long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), period.getSeconds());
  }

  /** The length of {@code steps} time steps, negative for negative steps. */
  public Duration durationOf(long steps) {
    return period.multipliedBy(steps);
  }
}
