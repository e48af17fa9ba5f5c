package io.sigillo.core.text;

/**
 * Hides most of a contact so logs, audit and messages sent elsewhere can tell recipients apart
 * without exposing them. One rule for every module: the person who reads "m***@example.it" on a
 * page and in an e-mail recognises the same address.
 */
public final class Masking {

  private Masking() {}

  /**
   * An address as {@code m***@example.it}, a number with all but its last three characters hidden;
   * no contact gives the empty text.
   */
  public static String mask(String contact) {
    if (contact == null) {
      return "";
    }
    int at = contact.indexOf('@');
    if (at > 0) {
      return contact.charAt(0) + "***" + contact.substring(at);
    }
    int keep = Math.min(3, contact.length());
    return "*".repeat(contact.length() - keep) + contact.substring(contact.length() - keep);
  }
}
