package io.sigillo.signature.domain.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.MobileNumber;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.SignatureError;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of contacts. Uniqueness is decided on the normal form, so {@code 333 123 4567},
 * {@code 0039 333 1234567} and {@code +393331234567} are one number, and {@code Anna@Example.IT}
 * and {@code anna@example.it} one address.
 */
public final class Contacts {

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-']{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}\\.)+[A-Za-z]{2,24}");

  private Contacts() {}

  public static String normalise(ContactKind kind, String value) {
    return kind == ContactKind.MOBILE ? mobile(value) : email(value);
  }

  /** E.164 ({@link MobileNumber}); a number typed without its country code is Italian. */
  public static String mobile(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new SigilloException(SignatureError.MOBILE_INVALID, "");
    }
    return MobileNumber.e164(typed)
        .orElseThrow(() -> new SigilloException(SignatureError.MOBILE_INVALID, shown(typed)));
  }

  /** Lower case: mail systems treat addresses case-insensitively in practice. */
  public static String email(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new SigilloException(SignatureError.EMAIL_INVALID, "");
    }
    String trimmed = typed.strip();
    if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
      throw new SigilloException(SignatureError.EMAIL_INVALID, shown(typed));
    }
    return trimmed.toLowerCase(Locale.ROOT);
  }

  private static String shown(String typed) {
    String stripped = typed.strip();
    return stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
  }
}
