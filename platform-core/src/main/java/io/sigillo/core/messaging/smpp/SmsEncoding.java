package io.sigillo.core.messaging.smpp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text travels in {@code submit_sm}: in the GSM 7-bit default alphabet when every character
 * has a place in it (160 septets in one message), otherwise in UCS2 (70 characters); a longer text
 * is cut into concatenated parts, each carrying a user data header (UDH, reference, count, number)
 * and 153 septets or 67 UCS2 characters, never splitting an escape sequence or a surrogate pair.
 *
 * @param ucs2 whether the text needs UCS2 ({@code data_coding} 8) rather than GSM 7 (0)
 * @param parts the texts of the parts, in order; one for a text that fits one message
 */
public record SmsEncoding(boolean ucs2, List<String> parts) {

  static final int GSM7_SINGLE = 160;
  static final int GSM7_PART = 153;
  static final int UCS2_SINGLE = 70;
  static final int UCS2_PART = 67;

  /** {@code data_coding}: SMSC default alphabet (GSM 7) or UCS2. */
  static final byte DATA_CODING_GSM7 = 0x00;

  static final byte DATA_CODING_UCS2 = 0x08;

  public SmsEncoding {
    parts = List.copyOf(parts);
  }

  public static SmsEncoding of(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("empty SMS text");
    }
    return Gsm7.canEncode(text) ? gsm7(text) : ucs2(text);
  }

  public byte dataCoding() {
    return ucs2 ? DATA_CODING_UCS2 : DATA_CODING_GSM7;
  }

  public boolean concatenated() {
    return parts.size() > 1;
  }

  /** The whole text encoded, for {@code message_payload}. */
  public byte[] payload() {
    return encode(String.join("", parts));
  }

  /**
   * The {@code short_message} of each part: the encoded text, preceded by the concatenation header
   * when there are several parts. {@code reference} ties the parts together at the phone.
   */
  public List<byte[]> shortMessages(int reference) {
    List<byte[]> messages = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      byte[] text = encode(parts.get(i));
      if (!concatenated()) {
        messages.add(text);
        continue;
      }
      ByteBuffer message = ByteBuffer.allocate(6 + text.length);
      message.put(new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) parts.size()});
      message.put((byte) (i + 1));
      message.put(text);
      messages.add(message.array());
    }
    return messages;
  }

  /** The text of a {@code short_message} or payload, as a phone would show it. */
  public static String decode(byte dataCoding, byte[] message, boolean hasHeader) {
    int skip = hasHeader && message.length > 0 ? (message[0] & 0xFF) + 1 : 0;
    byte[] body = java.util.Arrays.copyOfRange(message, skip, message.length);
    return dataCoding == DATA_CODING_UCS2
        ? new String(body, StandardCharsets.UTF_16BE)
        : Gsm7.decode(body);
  }

  private byte[] encode(String text) {
    return ucs2 ? text.getBytes(StandardCharsets.UTF_16BE) : Gsm7.encode(text);
  }

  private static SmsEncoding gsm7(String text) {
    int total = 0;
    for (int i = 0; i < text.length(); i++) {
      total += Gsm7.septets(text.charAt(i));
    }
    if (total <= GSM7_SINGLE) {
      return new SmsEncoding(false, List.of(text));
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      int size = Gsm7.septets(text.charAt(i));
      if (septets + size > GSM7_PART) {
        parts.add(text.substring(start, i));
        start = i;
        septets = 0;
      }
      septets += size;
    }
    parts.add(text.substring(start));
    return new SmsEncoding(false, parts);
  }

  private static SmsEncoding ucs2(String text) {
    if (text.length() <= UCS2_SINGLE) {
      return new SmsEncoding(true, List.of(text));
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(start + UCS2_PART, text.length());
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return new SmsEncoding(true, parts);
  }
}
