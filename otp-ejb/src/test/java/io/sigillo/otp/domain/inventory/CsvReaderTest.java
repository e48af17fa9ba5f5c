package io.sigillo.otp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.domain.OtpAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  /** RFC 4226's "12345678901234567890" in Base32 and in hex. */
  private static final String BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static final String HEX = "3132333435363738393031323334353637383930";

  private static List<TokenEntry> read(String csv) {
    return CsvReader.read(csv.getBytes(StandardCharsets.UTF_8), 100);
  }

  @Test
  void goodLinesInEveryAcceptedSpellingBecomeTokens() {
    List<TokenEntry> entries =
        read(
            "\uFEFFSerial, Secret, Algorithm, Digits, Counter, Period\r\n"
                + "A-1,"
                + BASE32.toLowerCase()
                + ",HOTP,6,0,\r\n"
                + "\r\n"
                + "A-2,hex:"
                + HEX
                + ",totp-sha256,8,,60\r\n"
                + "A-3,base32:GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ,,,17,\r\n");

    assertThat(entries).hasSize(3).allMatch(ImportedToken.class::isInstance);
    ImportedToken first = (ImportedToken) entries.get(0);
    ImportedToken second = (ImportedToken) entries.get(1);
    ImportedToken third = (ImportedToken) entries.get(2);
    assertThat(first.position()).isEqualTo(2);
    assertThat(first.secret().bytes()).isEqualTo("12345678901234567890".getBytes());
    assertThat(second.position()).isEqualTo(4);
    assertThat(second.type()).isEqualTo(DeviceType.TOTP);
    assertThat(second.parameters().algorithm()).isEqualTo(OtpAlgorithm.SHA256);
    assertThat(second.parameters().digits()).isEqualTo(8);
    assertThat(second.parameters().period()).isEqualTo(Duration.ofSeconds(60));
    assertThat(second.secret()).isEqualTo(first.secret());
    assertThat(third.type()).isEqualTo(DeviceType.HOTP);
    assertThat(third.parameters().digits()).isEqualTo(6);
    assertThat(third.nextCounter()).isEqualTo(17);
  }

  @Test
  void badLinesAreReportedWithTheirLineNumberAndReason() {
    List<TokenEntry> entries =
        read(
            "serial,secret,algorithm,digits,counter\n"
                + ","
                + BASE32
                + ",HOTP,6,0\n"
                + "B-2,"
                + BASE32
                + ",OCRA,6,0\n"
                + "B-3,GEZDGNBV,HOTP,6,0\n"
                + "B-4,"
                + HEX
                + ",HOTP,6,0\n"
                + "B-5,"
                + BASE32
                + ",HOTP,7,0\n"
                + "B-6,"
                + BASE32
                + ",HOTP,6,-1\n"
                + "B-7,"
                + BASE32
                + ",HOTP,6\n"
                + "B-8,,HOTP,6,0\n"
                + "B-9,"
                + BASE32
                + ",HOTP,six,0\n");

    assertThat(entries)
        .containsExactly(
            new TokenEntry.Rejected(2, Optional.empty(), Reason.SERIAL_MISSING),
            new TokenEntry.Rejected(3, Optional.of("B-2"), Reason.ALGORITHM_UNSUPPORTED),
            new TokenEntry.Rejected(4, Optional.of("B-3"), Reason.SECRET_INVALID),
            // hex without its prefix is not guessed: 0, 1, 8 and 9 are not Base32
            new TokenEntry.Rejected(5, Optional.of("B-4"), Reason.SECRET_INVALID),
            new TokenEntry.Rejected(6, Optional.of("B-5"), Reason.DIGITS_UNSUPPORTED),
            new TokenEntry.Rejected(7, Optional.of("B-6"), Reason.COUNTER_INVALID),
            new TokenEntry.Rejected(8, Optional.of("B-7"), Reason.ENTRY_MALFORMED),
            new TokenEntry.Rejected(9, Optional.of("B-8"), Reason.SECRET_MISSING),
            new TokenEntry.Rejected(10, Optional.of("B-9"), Reason.DIGITS_UNSUPPORTED));
  }

  @Test
  void aFileWithoutTheHeaderOrNotUtf8IsUnreadable() {
    assertThatThrownBy(() -> read("A-1," + BASE32 + ",HOTP,6,0\n"))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(OtpError.TOKEN_FILE_UNREADABLE));
    assertThatThrownBy(() -> CsvReader.read(new byte[] {'s', (byte) 0xff, '\n'}, 10))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(OtpError.TOKEN_FILE_UNREADABLE));
  }

  @Test
  void moreLinesThanAllowedRefuseTheFile() {
    String line = "A," + BASE32 + ",HOTP,6,0\n";
    assertThatThrownBy(
            () ->
                CsvReader.read(
                    ("serial,secret,algorithm,digits,counter\n" + line + line)
                        .getBytes(StandardCharsets.UTF_8),
                    1))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(OtpError.TOKEN_FILE_TOO_LARGE));
  }
}
