package io.sigillo.otp.domain;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 Base32, the alphabet authenticator apps expect for the {@code secret} of a key URI, and
 * the form token vendors often ship seeds in.
 *
 * <p>Written here because the JDK has only Base64, and the usual library for this (Apache
 * commons-codec) is not part of Jakarta EE: Payara does not promise it to applications, and
 * shipping it in the EAR for thirty lines would put a second copy next to whatever the server uses
 * internally. The tests hold it to the RFC 4648 vectors and to oathtool's decoding.
 */
public final class Base32 {

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Base32() {}

  /** Upper case, without {@code =} padding, as the key-URI format asks. */
  public static String encode(byte[] data) {
    StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }

  /**
   * Accepts either case, with or without padding, ignoring spaces and dashes (people copy seeds in
   * groups); refuses any other character.
   */
  public static byte[] decode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      if (c == ' ' || c == '-' || c == '=') {
        continue;
      }
      buffer = (buffer << 5) | valueOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  private static int valueOf(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '2' && c <= '7') {
      return c - '2' + 26;
    }
    throw new IllegalArgumentException("not a Base32 character");
  }
}
