package io.sigillo.otp.domain.sms;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.security.SecureRandom;

/** Six decimal digits, drawn uniformly; typed codes may carry spaces, as people copy them. */
public final class SmsCode {

  public static final int DIGITS = 6;

  private static final int BOUND = 1_000_000;

  private SmsCode() {}

  public static String random(SecureRandom random) {
    return String.format("%06d", random.nextInt(BOUND));
  }

  /** The typed code without spaces; anything but six digits is {@link OtpError#CODE_MALFORMED}. */
  public static String parse(String typed) {
    String code = typed == null ? "" : typed.replace(" ", "").strip();
    if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new SigilloException(OtpError.CODE_MALFORMED, DIGITS);
    }
    return code;
  }
}
