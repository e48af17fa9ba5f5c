package io.sigillo.otp.domain.inventory;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.domain.Base32;
import io.sigillo.otp.domain.OtpAlgorithm;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a token seed file in the platform's CSV format:
 *
 * <pre>
 * serial,secret,algorithm,digits,counter[,period]
 * 0001234567,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,HOTP,6,0
 * 0001234568,hex:3132333435363738393031323334353637383930,TOTP-SHA256,8,,60
 * </pre>
 *
 * <ul>
 *   <li>UTF-8 (a byte-order mark is skipped), one token per line, {@code \n} or {@code \r\n}; the
 *       first line is the header, exactly these names in this order (case and spaces ignored), with
 *       {@code period} optional; blank lines are skipped; no quoting (no field needs a comma).
 *   <li>{@code secret}: RFC 4648 Base32 (either case, spaces and padding allowed, an optional
 *       {@code base32:} prefix), or hex after a {@code hex:} prefix. Never guessed: a string of hex
 *       digits is also valid Base32. 128 to 1024 bits.
 *   <li>{@code algorithm}: {@code HOTP} (also when empty) or {@code TOTP}, optionally with {@code
 *       -SHA1} (the default), {@code -SHA256} or {@code -SHA512}.
 *   <li>{@code digits}: 6 (also when empty) or 8.
 *   <li>{@code counter}: for HOTP the counter of the token's next code, 0 when empty; ignored for
 *       TOTP.
 *   <li>{@code period}: for TOTP the time step in seconds, 15..300, 30 when empty or absent.
 * </ul>
 *
 * A line that breaks a rule is reported with its line number (the header is line 1) and left out.
 */
public final class CsvReader {

  private static final String HEADER = "serial,secret,algorithm,digits,counter";
  private static final String HEADER_WITH_PERIOD = HEADER + ",period";

  private CsvReader() {}

  public static List<TokenEntry> read(byte[] content, int maxEntries) {
    String[] lines = text(content).split("\r?\n", -1);
    String header = lines[0].replace(" ", "").toLowerCase(Locale.ROOT);
    int columns;
    if (header.equals(HEADER)) {
      columns = 5;
    } else if (header.equals(HEADER_WITH_PERIOD)) {
      columns = 6;
    } else {
      throw new SigilloException(
          OtpError.TOKEN_FILE_UNREADABLE, "the first line must be " + HEADER + "[,period]");
    }
    List<TokenEntry> entries = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (entries.size() == maxEntries) {
        throw new SigilloException(OtpError.TOKEN_FILE_TOO_LARGE, maxEntries + " tokens");
      }
      entries.add(entry(i + 1, lines[i].split(",", -1), columns));
    }
    return entries;
  }

  private static TokenEntry entry(int line, String[] fields, int columns) {
    Optional<String> named = ImportedToken.wellFormedSerial(fields[0]);
    if (fields.length != columns) {
      return new TokenEntry.Rejected(line, named, Reason.ENTRY_MALFORMED);
    }
    Optional<Algorithm> algorithm = Algorithm.parse(fields[2]);
    if (algorithm.isEmpty()) {
      return new TokenEntry.Rejected(line, named, Reason.ALGORITHM_UNSUPPORTED);
    }
    int digits;
    long counter;
    long period;
    try {
      digits = fields[3].isBlank() ? 6 : Integer.parseInt(fields[3].strip());
    } catch (NumberFormatException e) {
      return new TokenEntry.Rejected(line, named, Reason.DIGITS_UNSUPPORTED);
    }
    try {
      counter = fields[4].isBlank() ? 0 : Long.parseLong(fields[4].strip());
    } catch (NumberFormatException e) {
      return new TokenEntry.Rejected(line, named, Reason.COUNTER_INVALID);
    }
    try {
      period = columns < 6 || fields[5].isBlank() ? 30 : Long.parseLong(fields[5].strip());
    } catch (NumberFormatException e) {
      return new TokenEntry.Rejected(line, named, Reason.TIME_PARAMETERS_UNSUPPORTED);
    }
    byte[] secret = secret(fields[1].strip());
    if (secret == null) {
      return new TokenEntry.Rejected(line, named, Reason.SECRET_INVALID);
    }
    return ImportedToken.check(
        line,
        fields[0],
        algorithm.get().type(),
        algorithm.get().hash(),
        digits,
        counter,
        period,
        secret,
        null,
        null);
  }

  /** The seed's bytes, or {@code null} when the text is neither form. */
  private static byte[] secret(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    try {
      if (lower.startsWith("hex:")) {
        return HexFormat.of().parseHex(text.substring(4).replace(" ", ""));
      }
      return Base32.decode(lower.startsWith("base32:") ? text.substring(7) : text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private record Algorithm(DeviceType type, OtpAlgorithm hash) {

    static Optional<Algorithm> parse(String text) {
      String name = text.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        return Optional.of(new Algorithm(DeviceType.HOTP, OtpAlgorithm.SHA1));
      }
      String[] parts = name.split("-", 2);
      DeviceType type =
          switch (parts[0]) {
            case "HOTP" -> DeviceType.HOTP;
            case "TOTP" -> DeviceType.TOTP;
            default -> null;
          };
      if (type == null) {
        return Optional.empty();
      }
      if (parts.length == 1) {
        return Optional.of(new Algorithm(type, OtpAlgorithm.SHA1));
      }
      for (OtpAlgorithm hash : OtpAlgorithm.values()) {
        if (hash.name().equals(parts[1])) {
          return Optional.of(new Algorithm(type, hash));
        }
      }
      return Optional.empty();
    }
  }

  private static String text(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new SigilloException(OtpError.TOKEN_FILE_UNREADABLE, "not UTF-8 text");
    }
  }
}
