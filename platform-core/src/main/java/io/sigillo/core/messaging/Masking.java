package io.sigillo.core.messaging;

/** Hides most of a contact so logs and audit can tell recipients apart without exposing them. */
final class Masking {

  private Masking() {}

  static String mask(String contact) {
    int at = contact.indexOf('@');
    if (at > 0) {
      return contact.charAt(0) + "***" + contact.substring(at);
    }
    int keep = Math.min(3, contact.length());
    return "*".repeat(contact.length() - keep) + contact.substring(contact.length() - keep);
  }
}
