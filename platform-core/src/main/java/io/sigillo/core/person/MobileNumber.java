package io.sigillo.core.person;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * A mobile number as people type it, in its one normal form (E.164, {@code +393471234567}): "347
 * 123 4567", "347-1234567", "0039 347 1234567" and "+39 347 123 4567" are one number. A number
 * without a country is Italian. Google's libphonenumber knows each country's numbering plan, so a
 * number too short or too long for its country, or a landline, is not a mobile number.
 */
public final class MobileNumber {

  private static final String DEFAULT_REGION = "IT";
  private static final int LONGEST_TYPED = 32;

  private MobileNumber() {}

  /** The number in E.164 form, or empty when what was typed is not a mobile number. */
  public static Optional<String> e164(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > LONGEST_TYPED) {
      return Optional.empty();
    }
    PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    try {
      PhoneNumber number = numbers.parse(typed.strip(), DEFAULT_REGION);
      if (!numbers.isValidNumber(number) || !mobile(numbers.getNumberType(number))) {
        return Optional.empty();
      }
      return Optional.of(numbers.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  private static boolean mobile(PhoneNumberType type) {
    return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }

  /** What was typed, trimmed and cut to a length a message can show. */
  public static String shown(String typed) {
    String stripped = typed == null ? "" : typed.strip();
    return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
  }
}
