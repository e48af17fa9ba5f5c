package io.sigillo.otp.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import java.nio.charset.StandardCharsets;

/**
 * An {@code otpauth://} key URI in the Google Authenticator Key-URI format, which every common
 * authenticator app reads from a QR code: {@code otpauth://totp/Issuer:account?secret=…&issuer=…}.
 *
 * <p>The issuer appears both as the label prefix and as the {@code issuer} parameter: older apps
 * read only the prefix, newer ones prefer the parameter. Label parts and values are percent-encoded
 * per RFC 3986 (a space is {@code %20}, never {@code +}, which apps would show literally). A colon
 * in the issuer or account name is refused because the format uses it as the separator and apps
 * disagree on an encoded one.
 *
 * <p>The URI carries the secret: it is shown once, as a QR code, and {@link #toString()} hides it.
 */
public final class KeyUri {

  private final String value;

  private KeyUri(String value) {
    this.value = value;
  }

  public static KeyUri totp(
      String issuer, String account, OtpSecret secret, OtpParameters parameters) {
    return new KeyUri(
        prefix("totp", issuer, account, secret, parameters)
            + "&period="
            + parameters.period().getSeconds());
  }

  /**
   * @param counter the counter of the token's next code
   */
  public static KeyUri hotp(
      String issuer, String account, OtpSecret secret, OtpParameters parameters, long counter) {
    if (counter < 0) {
      throw new IllegalArgumentException("an HOTP counter is not negative");
    }
    return new KeyUri(prefix("hotp", issuer, account, secret, parameters) + "&counter=" + counter);
  }

  private static String prefix(
      String type, String issuer, String account, OtpSecret secret, OtpParameters parameters) {
    requireLabelPart(issuer);
    requireLabelPart(account);
    return "otpauth://"
        + type
        + "/"
        + encode(issuer)
        + ":"
        + encode(account)
        + "?secret="
        + Base32.encode(secret.bytes())
        + "&issuer="
        + encode(issuer)
        + "&algorithm="
        + parameters.algorithm().uriName()
        + "&digits="
        + parameters.digits();
  }

  private static void requireLabelPart(String part) {
    if (part == null || part.isBlank() || part.indexOf(':') >= 0 || part.length() > 100) {
      throw new SigilloException(OtpError.ENROLMENT_LABEL_INVALID);
    }
  }

  /** RFC 3986: unreserved characters as they are, every other UTF-8 byte as {@code %XX}. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.strip().getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** The full URI, secret included: for the QR code only. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value.substring(0, value.indexOf("?")) + "?secret=…";
  }
}
