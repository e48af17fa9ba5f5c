package io.sigillo.reseller.notification.application;

/**
 * How long an SMS is and how many parts it takes: GSM 03.38 characters fit 160 in one message and
 * 153 in each part of a longer one (the extension table's characters count twice); any other
 * character makes the whole text UCS-2, 70 and 67.
 */
final class SmsLength {

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

  private SmsLength() {}

  /** The length as the phone counts it (GSM septets, or UCS-2 characters). */
  static int length(String text) {
    if (!gsm(text)) {
      return text.length();
    }
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      septets += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return septets;
  }

  static int segments(String text) {
    int length = length(text);
    boolean gsm = gsm(text);
    int single = gsm ? 160 : 70;
    int part = gsm ? 153 : 67;
    if (length <= single) {
      return 1;
    }
    return (length + part - 1) / part;
  }

  private static boolean gsm(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
