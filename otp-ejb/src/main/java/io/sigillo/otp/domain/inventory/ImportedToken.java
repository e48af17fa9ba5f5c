package io.sigillo.otp.domain.inventory;

import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.domain.OtpAlgorithm;
import io.sigillo.otp.domain.OtpParameters;
import io.sigillo.otp.domain.OtpSecret;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A token a seed file describes, with every value checked: what the inventory can stock. Made only
 * through {@link #check}, the one set of rules both file formats go through.
 *
 * @param nextCounter the counter of the token's next code (event-based tokens; 0 for time-based)
 */
public record ImportedToken(
    int position,
    String serial,
    DeviceType type,
    OtpParameters parameters,
    long nextCounter,
    OtpSecret secret,
    Optional<String> manufacturer,
    Optional<String> model)
    implements TokenEntry {

  public static final int MAX_SERIAL = 64;
  private static final int MAX_LABEL = 64;

  public ImportedToken {
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public Optional<String> namedSerial() {
    return Optional.of(serial);
  }

  /** The same token: same kind, same parameters, same seed (compared in constant time). */
  public boolean sameTokenAs(ImportedToken other) {
    return type == other.type && parameters.equals(other.parameters) && secret.equals(other.secret);
  }

  /**
   * What the fields read from a file make: a token, or the first rule it breaks. The seed bytes are
   * wiped before this returns, whatever the outcome.
   *
   * @param serial as read, surrounding spaces allowed
   * @param type {@code null} when the file names an algorithm other than HOTP or TOTP
   * @param secret {@code null} when the entry carries none
   * @param periodSeconds the time step; only checked for time-based tokens
   */
  public static TokenEntry check(
      int position,
      String serial,
      DeviceType type,
      OtpAlgorithm hash,
      int digits,
      long nextCounter,
      long periodSeconds,
      byte[] secret,
      String manufacturer,
      String model) {
    try {
      Optional<String> named = wellFormedSerial(serial);
      Reason reason = firstBroken(serial, type, digits, nextCounter, periodSeconds, secret);
      if (reason != null) {
        return new Rejected(position, named, reason);
      }
      Duration period =
          type == DeviceType.TOTP
              ? Duration.ofSeconds(periodSeconds)
              : OtpParameters.DEFAULT_PERIOD;
      return new ImportedToken(
          position,
          named.orElseThrow(),
          type,
          new OtpParameters(hash, digits, period),
          type == DeviceType.HOTP ? nextCounter : 0,
          OtpSecret.of(secret),
          label(manufacturer),
          label(model));
    } finally {
      if (secret != null) {
        Arrays.fill(secret, (byte) 0);
      }
    }
  }

  private static Reason firstBroken(
      String serial,
      DeviceType type,
      int digits,
      long nextCounter,
      long periodSeconds,
      byte[] secret) {
    if (serial == null || serial.isBlank()) {
      return Reason.SERIAL_MISSING;
    }
    if (wellFormedSerial(serial).isEmpty()) {
      return Reason.SERIAL_INVALID;
    }
    if (type != DeviceType.HOTP && type != DeviceType.TOTP) {
      return Reason.ALGORITHM_UNSUPPORTED;
    }
    if (secret == null || secret.length == 0) {
      return Reason.SECRET_MISSING;
    }
    if (secret.length < OtpSecret.MIN_BYTES || secret.length > 128) {
      return Reason.SECRET_INVALID;
    }
    if (digits != 6 && digits != 8) {
      return Reason.DIGITS_UNSUPPORTED;
    }
    if (nextCounter < 0) {
      return Reason.COUNTER_INVALID;
    }
    if (type == DeviceType.TOTP && (periodSeconds < 15 || periodSeconds > 300)) {
      return Reason.TIME_PARAMETERS_UNSUPPORTED;
    }
    return null;
  }

  /** Printable, 1..64 characters once trimmed: it is shown to operators and holders. */
  static Optional<String> wellFormedSerial(String serial) {
    if (serial == null) {
      return Optional.empty();
    }
    String value = serial.strip();
    if (value.isEmpty()
        || value.length() > MAX_SERIAL
        || value.chars().anyMatch(c -> Character.isISOControl(c))) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<String> label(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String clean = value.strip().replaceAll("\\p{Cntrl}", " ");
    if (clean.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(clean.length() > MAX_LABEL ? clean.substring(0, MAX_LABEL) : clean);
  }

  @Override
  public String toString() {
    return "ImportedToken[" + position + ", serial=" + serial + ", " + type + "]";
  }
}
