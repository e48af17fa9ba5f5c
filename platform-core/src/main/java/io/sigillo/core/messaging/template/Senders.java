package io.sigillo.core.messaging.template;

import io.sigillo.core.messaging.SenderName;
import java.util.regex.Pattern;

/**
 * Who the tenant's messages come from.
 *
 * @param mailFromName the display name of the e-mails' sender (the address is the platform's)
 * @param smsSender the alphanumeric SMS sender id, at most 11 letters, digits and spaces
 * @param custom whether the tenant set them (else both come from its display name)
 */
public record Senders(String mailFromName, String smsSender, boolean custom) {

  /** The longest e-mail sender name. */
  public static final int MAIL_FROM_MAX = 100;

  private static final Pattern SMS_SENDER =
      Pattern.compile("[A-Za-z0-9 ]{1," + SenderName.MAX_LENGTH + "}");

  /** An e-mail sender name: at most {@link #MAIL_FROM_MAX} characters, no control character. */
  public static boolean validMailFromName(String name) {
    return name.length() <= MAIL_FROM_MAX && name.chars().noneMatch(Character::isISOControl);
  }

  /** An SMS sender id networks accept: 1 to 11 letters (A-Z, no accents), digits and spaces. */
  public static boolean validSmsSender(String sender) {
    return SMS_SENDER.matcher(sender).matches();
  }
}
