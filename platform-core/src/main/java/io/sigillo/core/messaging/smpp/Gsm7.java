package io.sigillo.core.messaging.smpp;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet, one septet per octet (unpacked), as SMPP carries it with {@code
 * data_coding} 0: the SMSC packs the septets for the air interface. Characters of the extension
 * table take two septets (an escape, then the character).
 */
public final class Gsm7 {

  static final int ESCAPE = 0x1B;

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
  private static final int[] EXTENSION_CODES = {
    0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
  };

  private Gsm7() {}

  /** Whether every character of the text is in the default alphabet or its extension table. */
  public static boolean canEncode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE || (BASIC.indexOf(c) < 0 && EXTENSION_CHARS.indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** Septets the character takes: 1 for the basic table, 2 for the extension table. */
  static int septets(char c) {
    return BASIC.indexOf(c) >= 0 ? 1 : 2;
  }

  public static byte[] encode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
      if (basic >= 0) {
        out.write(basic);
        continue;
      }
      int extension = EXTENSION_CHARS.indexOf(c);
      if (extension < 0) {
        throw new IllegalArgumentException("character U+" + Integer.toHexString(c) + " not GSM 7");
      }
      out.write(ESCAPE);
      out.write(EXTENSION_CODES[extension]);
    }
    return out.toByteArray();
  }

  public static String decode(byte[] septets) {
    StringBuilder text = new StringBuilder(septets.length);
    for (int i = 0; i < septets.length; i++) {
      int septet = septets[i] & 0x7F;
      if (septet == ESCAPE && i + 1 < septets.length) {
        int code = septets[++i] & 0x7F;
        int index = -1;
        for (int k = 0; k < EXTENSION_CODES.length; k++) {
          if (EXTENSION_CODES[k] == code) {
            index = k;
          }
        }
        text.append(index >= 0 ? EXTENSION_CHARS.charAt(index) : ' ');
      } else {
        text.append(BASIC.charAt(septet));
      }
    }
    return text.toString();
  }
}
