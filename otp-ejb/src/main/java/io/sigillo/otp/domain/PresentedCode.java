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

  private PresentedCode(byte[] digits) {
    this.digits = digits;
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

  /** The ASCII digits, shared with {@link OtpCalculator} only, for a constant-time comparison. */
  byte[] asciiDigits() {
    return digits;
  }

  @Override
  public String toString() {
    return "PresentedCode[" + digits.length + " digits]";
  }
}
