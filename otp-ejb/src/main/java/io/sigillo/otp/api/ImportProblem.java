package io.sigillo.otp.api;

import java.util.Optional;

/**
 * One entry of a seed file that was not imported, and why. Never carries a secret.
 *
 * @param position the CSV line (the header is line 1) or the PSKC {@code KeyPackage} (from 1)
 * @param serial the serial the entry names, when it names one
 */
public record ImportProblem(int position, Optional<String> serial, Reason reason) {

  /** Why an entry is left out. */
  public enum Reason {
    /** A later entry repeats an earlier serial with the same token: the earlier one counts. */
    DUPLICATE,
    /** The serial appears more than once with different seeds or parameters: none is imported. */
    DUPLICATE_CONFLICT,
    /** The tenant already has this serial with another seed or other parameters: left alone. */
    SERIAL_TAKEN,
    SERIAL_MISSING,
    /** Longer than 64 characters, or with control characters. */
    SERIAL_INVALID,
    /** Not HOTP or TOTP (a PIN, OCRA, …), or an unknown hash. */
    ALGORITHM_UNSUPPORTED,
    SECRET_MISSING,
    /** Not Base64/Base32/hex as the format requires, or not 128..1024 bits. */
    SECRET_INVALID,
    /** Only 6 or 8 decimal digits are supported. */
    DIGITS_UNSUPPORTED,
    COUNTER_INVALID,
    /** A time step outside 15..300 s, or a TOTP origin other than the Unix epoch. */
    TIME_PARAMETERS_UNSUPPORTED,
    /** A CSV line without exactly the header's columns, or a PSKC package without a key. */
    ENTRY_MALFORMED
  }
}
