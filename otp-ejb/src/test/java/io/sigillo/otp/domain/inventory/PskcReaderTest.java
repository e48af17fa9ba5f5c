package io.sigillo.otp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.ImportProblem.Reason;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.domain.OtpAlgorithm;
import io.sigillo.otp.domain.OtpGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PSKC reader against the examples of RFC 6030 as published (plain, pre-shared AES key, PBKDF2
 * password), tampered copies of them, and hostile XML. The seed of the RFC's examples is RFC 4226's
 * "12345678901234567890", so codes are checked against RFC 4226 appendix D.
 */
class PskcReaderTest {

  private static final String PRE_SHARED_KEY = "12345678901234567890123456789012";
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private static String figure(int number) {
    try (InputStream in =
        PskcReaderTest.class.getResourceAsStream("/pskc/rfc6030-figure" + number + ".xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<TokenEntry> read(String xml, String key) {
    return PskcReader.read(xml.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(key), 100);
  }

  private static ImportedToken only(List<TokenEntry> entries) {
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0)).isInstanceOf(ImportedToken.class);
    return (ImportedToken) entries.get(0);
  }

  private static void refused(ThrowingCallable read, OtpError expected) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            SigilloException.class, e -> assertThat(e.code()).isEqualTo(expected));
  }

  @Test
  void figure2HasAPlainSeedButNoSerialAndA32BitSeedSoItsOnlyEntryIsRejected() {
    List<TokenEntry> entries = read(figure(2), null);

    assertThat(entries)
        .containsExactly(new TokenEntry.Rejected(1, Optional.empty(), Reason.SERIAL_MISSING));
  }

  @Test
  void figure3GivesSerialManufacturerAlgorithmDigitsCounterAndThePlainSeed() {
    ImportedToken token = only(read(figure(3), null));

    assertThat(token.position()).isEqualTo(1);
    assertThat(token.serial()).isEqualTo("987654321");
    assertThat(token.manufacturer()).contains("Manufacturer");
    assertThat(token.model()).isEmpty();
    assertThat(token.type()).isEqualTo(DeviceType.HOTP);
    assertThat(token.parameters().algorithm()).isEqualTo(OtpAlgorithm.SHA1);
    assertThat(token.parameters().digits()).isEqualTo(8);
    assertThat(token.nextCounter()).isZero();
    assertThat(token.secret().bytes()).isEqualTo(RFC_SEED);
    // RFC 4226 appendix D, counter 0: truncated value 1284755224
    assertThat(new OtpGenerator(token.secret(), token.parameters()).hotp(0)).isEqualTo("84755224");
  }

  @Test
  void figure5sPinKeyIsRejectedAsNotAnOtpAlgorithmBesideItsHotpKey() {
    List<TokenEntry> entries = read(figure(5), null);

    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).isInstanceOf(ImportedToken.class);
    assertThat(entries.get(1))
        .isEqualTo(
            new TokenEntry.Rejected(2, Optional.of("987654321"), Reason.ALGORITHM_UNSUPPORTED));
  }

  @Test
  void figure6DecryptsWithThePreSharedKeyAfterCheckingTheMac() {
    ImportedToken token = only(read(figure(6), PRE_SHARED_KEY));

    assertThat(token.serial()).isEqualTo("987654321");
    assertThat(token.parameters().digits()).isEqualTo(8);
    assertThat(token.secret().bytes()).isEqualTo(RFC_SEED);
  }

  @Test
  void figure6AcceptsTheKeyWrittenInGroups() {
    ImportedToken token = only(read(figure(6), "12345678 90123456:78901234 56789012"));

    assertThat(token.secret().bytes()).isEqualTo(RFC_SEED);
  }

  @Test
  void figure6WithoutAKeyAsksForOne() {
    refused(() -> read(figure(6), null), OtpError.TOKEN_FILE_KEY_REQUIRED);
    refused(() -> read(figure(6), "not hex"), OtpError.TOKEN_FILE_KEY_REQUIRED);
  }

  @Test
  void figure6WithAWrongKeyIsRefusedWhole() {
    refused(
        () -> read(figure(6), "00000000000000000000000000000000"), OtpError.TOKEN_FILE_INTEGRITY);
  }

  @Test
  void figure6WithAnAlteredMacOrCiphertextOrNoMacIsRefusedWhole() {
    String original = figure(6);
    String otherMac =
        original.replace("Su+NvtQfmvfJzF6bmQiJqoLRExc=", "Tu+NvtQfmvfJzF6bmQiJqoLRExc=");
    String otherCiphertext =
        original.replace(
            "AAECAwQFBgcICQoLDA0OD+cIHItlB3Wra1DUpxVvOx2lef1VmNPCMl8jwZqIUqGv",
            "AAECAwQFBgcICQoLDA0OD+cIHItlB3Wra1DUpxVvOx2lef1VmNPCMl8jwZqIUqGw");
    String noMac = original.replaceAll("(?s)<ValueMAC>.*?</ValueMAC>", "");
    assertThat(otherMac).isNotEqualTo(original);
    assertThat(otherCiphertext).isNotEqualTo(original);
    assertThat(noMac).isNotEqualTo(original);

    refused(() -> read(otherMac, PRE_SHARED_KEY), OtpError.TOKEN_FILE_INTEGRITY);
    refused(() -> read(otherCiphertext, PRE_SHARED_KEY), OtpError.TOKEN_FILE_INTEGRITY);
    refused(() -> read(noMac, PRE_SHARED_KEY), OtpError.TOKEN_FILE_INTEGRITY);
  }

  @Test
  void aWrongMacOnAnEntryThatIsRejectedAnywayStillRefusesTheFile() {
    String pinKey =
        figure(6)
            .replace(
                "Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:hotp\"",
                "Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:pin\"")
            .replace("Su+NvtQfmvfJzF6bmQiJqoLRExc=", "Tu+NvtQfmvfJzF6bmQiJqoLRExc=");

    refused(() -> read(pinKey, PRE_SHARED_KEY), OtpError.TOKEN_FILE_INTEGRITY);
  }

  @Test
  void figure7DerivesTheKeyFromThePasswordWithPbkdf2() {
    ImportedToken token = only(read(figure(7), "qwerty"));

    assertThat(token.serial()).isEqualTo("987654321");
    assertThat(token.manufacturer()).contains("TokenVendorAcme");
    assertThat(token.parameters().digits()).isEqualTo(8);
    assertThat(token.nextCounter()).isZero();
    assertThat(token.secret().bytes()).isEqualTo(RFC_SEED);
  }

  @Test
  void figure7WithAWrongPasswordIsRefusedAndWithoutOneAsksForIt() {
    refused(() -> read(figure(7), "qwertz"), OtpError.TOKEN_FILE_INTEGRITY);
    refused(() -> read(figure(7), null), OtpError.TOKEN_FILE_KEY_REQUIRED);
  }

  @Test
  void anUnknownEncryptionOrKeyDerivationIsUnsupportedNotGuessed() {
    String tripleDes = figure(6).replace("xmlenc#aes128-cbc", "xmlenc#tripledes-cbc");
    String scrypt = figure(7).replace("pkcs-5v2-0#pbkdf2", "pkcs-5v2-0#scrypt");

    refused(() -> read(tripleDes, PRE_SHARED_KEY), OtpError.TOKEN_FILE_UNSUPPORTED);
    refused(() -> read(scrypt, "qwerty"), OtpError.TOKEN_FILE_UNSUPPORTED);
  }

  @Test
  void anExternalEntityIsNeverResolvedTheDocumentIsRefused(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "LEAKED-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE KeyContainer [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\">"
            + "<KeyPackage><DeviceInfo><SerialNo>&xxe;</SerialNo></DeviceInfo></KeyPackage>"
            + "</KeyContainer>";

    assertThatThrownBy(() -> read(xxe, null))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> {
              assertThat(e.code()).isEqualTo(OtpError.TOKEN_FILE_UNREADABLE);
              assertThat(e.arguments())
                  .containsExactly("document type declarations are not accepted");
              assertThat(e.getMessage()).doesNotContain("LEAKED");
            });
  }

  @Test
  void anEntityExpansionBombIsRefusedBeforeItExpands() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\">"
            + "&lol3;</KeyContainer>";

    refused(() -> read(bomb, null), OtpError.TOKEN_FILE_UNREADABLE);
  }

  @Test
  void somethingElseThanAPskcContainerIsUnreadable() {
    refused(() -> read("<KeyContainer Version=\"1.0\"/>", null), OtpError.TOKEN_FILE_UNREADABLE);
    refused(
        () -> read(figure(3).replace("Version=\"1.0\"", "Version=\"2.0\""), null),
        OtpError.TOKEN_FILE_UNREADABLE);
    refused(() -> read("serial,secret", null), OtpError.TOKEN_FILE_UNREADABLE);
  }

  @Test
  void moreKeyPackagesThanAllowedRefuseTheFile() {
    assertThatThrownBy(
            () -> PskcReader.read(figure(5).getBytes(StandardCharsets.UTF_8), Optional.empty(), 1))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.code()).isEqualTo(OtpError.TOKEN_FILE_TOO_LARGE));
  }

  @Test
  void aTimeBasedTokenTakesItsTimeIntervalAndAnOriginOtherThanTheEpochIsRejected() {
    String totp =
        figure(3)
            .replace("pskc:hotp", "pskc#totp")
            .replace(
                "<Counter>\n                    <PlainValue>0</PlainValue>\n                </Counter>",
                "<TimeInterval><PlainValue>60</PlainValue></TimeInterval>");
    ImportedToken token = only(read(totp, null));

    assertThat(token.type()).isEqualTo(DeviceType.TOTP);
    assertThat(token.parameters().period()).isEqualTo(Duration.ofSeconds(60));

    String shifted =
        totp.replace("<TimeInterval>", "<Time><PlainValue>30</PlainValue></Time><TimeInterval>");
    assertThat(read(shifted, null))
        .containsExactly(
            new TokenEntry.Rejected(
                1, Optional.of("987654321"), Reason.TIME_PARAMETERS_UNSUPPORTED));
  }
}
