package io.sigillo.otp.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.nio.charset.StandardCharsets;

/**
 * A code as typed by a person, checked for shape before any HMAC is computed. Spaces are dropped
 * because apps display codes in groups ("123 456") and people copy them that way. A code of the
 * wrong shape is an input error, not a failed attempt: it never reaches the failure counter.
 */
public final class PresentedCode {

  private final byte[] digits;
  private final int value;

  private PresentedCode(byte[] digits) {
    this.digits = digits;
    int number = 0;
    for (byte digit : digits) {
      number = number * 10 + (digit - '0');
    }
    this.value = number;
  }

  public static PresentedCode parse(String typed, int expectedDigits) {
    String compact = typed == null ? "" : typed.replace(" ", "");
    if (compact.length() != expectedDigits
        || !compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new SigilloException(OtpError.CODE_MALFORMED, expectedDigits);
    }
    return new PresentedCode(compact.getBytes(StandardCharsets.US_ASCII));
  }

  public int length() {
    return digits.length;
  }

  /**
   * The digits as typed, for a keyed-hash comparison (an SMS code is stored only as its HMAC).
   * Never for a log line.
   */
  public String digits() {
    return new String(digits, StandardCharsets.US_ASCII);
  }

  /** The code as a number (leading zeros dropped: the length was checked), for the calculator. */
  int value() {
    return value;
  }

  @Override
  public String toString() {
    return "PresentedCode[" + digits.length + " digits]";
  }
}
