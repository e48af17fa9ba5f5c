package io.sigillo.otp.domain.inventory;

import static io.sigillo.otp.domain.inventory.SafeXml.child;
import static io.sigillo.otp.domain.inventory.SafeXml.children;
import static io.sigillo.otp.domain.inventory.SafeXml.text;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.domain.OtpAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an RFC 6030 Portable Symmetric Key Container: one entry per {@code KeyPackage}, with the
 * serial from {@code DeviceInfo/SerialNo}, manufacturer and model beside it, the algorithm (HOTP or
 * TOTP, by the last segment of the key's {@code Algorithm} URI), the digits from {@code
 * AlgorithmParameters/ResponseFormat}, and from {@code Data} the seed, {@code Counter} (default 0),
 * {@code TimeInterval} (default 30) and {@code Time} (only 0, the Unix epoch, is supported).
 *
 * <p>Seeds may be plain ({@code PlainValue}, Base64) or encrypted ({@code EncryptedValue}); how
 * encrypted ones are opened and checked is {@link PskcProtection}'s business. An entry that breaks
 * a rule of its own is reported and left out; a file that cannot be opened or proven intact is
 * refused whole, before any entry is returned. The hash of HOTP and TOTP is HMAC-SHA1: PSKC has no
 * standard place to say otherwise.
 */
public final class PskcReader {

  public static final String NAMESPACE = "urn:ietf:params:xml:ns:keyprov:pskc";

  private PskcReader() {}

  /**
   * @param transportKey the pre-shared key in hex, or the password of a PBKDF2-protected file
   * @param maxEntries more key packages than this refuse the file ({@link
   *     OtpError#TOKEN_FILE_TOO_LARGE})
   */
  public static List<TokenEntry> read(
      byte[] content, Optional<String> transportKey, int maxEntries) {
    Document document = SafeXml.parse(content);
    Element root = document.getDocumentElement();
    if (!NAMESPACE.equals(root.getNamespaceURI()) || !"KeyContainer".equals(root.getLocalName())) {
      throw new SigilloException(OtpError.TOKEN_FILE_UNREADABLE, "not a PSKC KeyContainer");
    }
    if (!"1.0".equals(root.getAttribute("Version"))) {
      throw new SigilloException(OtpError.TOKEN_FILE_UNREADABLE, "not PSKC version 1.0");
    }
    List<Element> packages = children(root, "KeyPackage");
    if (packages.size() > maxEntries) {
      throw new SigilloException(OtpError.TOKEN_FILE_TOO_LARGE, maxEntries + " tokens");
    }
    PskcProtection protection =
        root.getElementsByTagNameNS("*", "EncryptedValue").getLength() > 0
            ? PskcProtection.open(root, transportKey)
            : PskcProtection.NONE;
    List<TokenEntry> entries = new ArrayList<>(packages.size());
    for (int i = 0; i < packages.size(); i++) {
      entries.add(entry(i + 1, packages.get(i), protection));
    }
    return entries;
  }

  private static TokenEntry entry(int position, Element keyPackage, PskcProtection protection) {
    Optional<Element> info = child(keyPackage, "DeviceInfo");
    String serial = text(info, "SerialNo").orElse(null);
    Optional<String> named = ImportedToken.wellFormedSerial(serial);
    List<Element> keys = children(keyPackage, "Key");
    if (keys.size() != 1) {
      return new TokenEntry.Rejected(position, named, Reason.ENTRY_MALFORMED);
    }
    Element key = keys.get(0);
    Optional<Element> data = child(key, "Data");
    // encrypted values are opened and MAC-checked first, so a wrong MAC anywhere refuses the file
    // even when the entry is left out for another reason
    Optional<Raw> secret = child(data, "Secret").map(e -> Raw.of(e, protection));
    Optional<Raw> counter = child(data, "Counter").map(e -> Raw.of(e, protection));
    Optional<Raw> interval = child(data, "TimeInterval").map(e -> Raw.of(e, protection));
    Optional<Raw> origin = child(data, "Time").map(e -> Raw.of(e, protection));
    Optional<Element> format = child(child(key, "AlgorithmParameters"), "ResponseFormat");
    long next;
    long period;
    try {
      next = counter.map(Raw::number).orElse(0L);
      period = interval.map(Raw::number).orElse(30L);
      if (origin.map(Raw::number).orElse(0L) != 0) {
        return new TokenEntry.Rejected(position, named, Reason.TIME_PARAMETERS_UNSUPPORTED);
      }
    } catch (NumberFormatException e) {
      return new TokenEntry.Rejected(position, named, Reason.COUNTER_INVALID);
    }
    return ImportedToken.check(
        position,
        serial,
        type(key.getAttribute("Algorithm")),
        OtpAlgorithm.SHA1,
        digits(format),
        next,
        period,
        secret.map(Raw::secret).orElse(null),
        text(info, "Manufacturer").orElse(null),
        text(info, "Model").orElse(null));
  }

  /**
   * A {@code Data} child's value, opened and checked if encrypted. Plain values are text (Base64
   * for the seed, decimal for numbers); encrypted ones are bytes (big-endian for numbers).
   */
  private record Raw(byte[] bytes, boolean encrypted) {

    static Raw of(Element holder, PskcProtection protection) {
      Optional<Element> encrypted = child(holder, "EncryptedValue");
      if (encrypted.isPresent()) {
        return new Raw(protection.decrypt(holder, encrypted.get()), true);
      }
      String plain = text(Optional.of(holder), "PlainValue").orElse("");
      return new Raw(plain.getBytes(StandardCharsets.US_ASCII), false);
    }

    byte[] secret() {
      if (encrypted) {
        return bytes;
      }
      try {
        return Base64.getDecoder()
            .decode(new String(bytes, StandardCharsets.US_ASCII).replaceAll("\\s", ""));
      } catch (IllegalArgumentException e) {
        return new byte[] {0};
      }
    }

    long number() {
      if (!encrypted) {
        long parsed = Long.parseLong(new String(bytes, StandardCharsets.US_ASCII));
        if (parsed < 0) {
          throw new NumberFormatException("negative");
        }
        return parsed;
      }
      if (bytes.length == 0 || bytes.length > 8 || (bytes.length == 8 && bytes[0] < 0)) {
        throw new NumberFormatException("not a 63-bit unsigned number");
      }
      long number = 0;
      for (byte b : bytes) {
        number = (number << 8) | (b & 0xff);
      }
      return number;
    }
  }

  private static DeviceType type(String algorithm) {
    String name = algorithm == null ? "" : algorithm.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(":hotp") || name.endsWith("#hotp")) {
      return DeviceType.HOTP;
    }
    if (name.endsWith(":totp") || name.endsWith("#totp")) {
      return DeviceType.TOTP;
    }
    return null;
  }

  /** 0 (unsupported) unless the response is a decimal number of a given length. */
  private static int digits(Optional<Element> format) {
    if (format.isEmpty() || !"DECIMAL".equals(format.get().getAttribute("Encoding"))) {
      return 0;
    }
    try {
      return Integer.parseInt(format.get().getAttribute("Length").strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
