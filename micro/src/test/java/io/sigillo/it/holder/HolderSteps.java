package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Data and steps the holder tests share: people, orders, tokens in stock, a PDF to sign. */
final class HolderSteps {

  /** The RFC 4226 test seed ("12345678901234567890"), so any token's codes are known. */
  static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  static final String PASSWORD = "Firma-Remota-2026";
  private static final SecureRandom RANDOM = new SecureRandom();

  private HolderSteps() {}

  /** A mobile number nobody in this run has used. */
  static String freshMobile() {
    return "+39333" + String.format(Locale.ROOT, "%07d", RANDOM.nextInt(10_000_000));
  }

  static String freshEmail() {
    return "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }

  /** Anna Bianchi, born in Rome on 5 March 1990: consistent with her codice fiscale. */
  static String anna(String mobile, String email, String password) {
    return order(
        "Bianchi",
        "Anna",
        "F",
        "1990-03-05",
        "Roma",
        "RM",
        "BNCNNA90C45H501K",
        mobile,
        email,
        password);
  }

  static String order(
      String surname,
      String givenName,
      String sex,
      String birthDate,
      String place,
      String province,
      String codiceFiscale,
      String mobile,
      String email,
      String password) {
    return "{\"surname\":\""
        + surname
        + "\",\"givenName\":\""
        + givenName
        + "\",\"sex\":\""
        + sex
        + "\",\"birthDate\":\""
        + birthDate
        + "\",\"placeOfBirth\":\""
        + place
        + "\",\"provinceOfBirth\":\""
        + province
        + "\",\"codiceFiscale\":\""
        + codiceFiscale
        + "\",\"mobile\":\""
        + mobile
        + "\",\"email\":\""
        + email
        + "\",\"password\":\""
        + password
        + "\"}";
  }

  /** Puts a token in the tenant's stock (CSV import by the back office); returns its serial. */
  static String tokenInStock(Api operator) {
    String serial = "HT-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> imported =
        operator.postFile(
            "/api/otp/tokens/import?dryRun=false",
            "text/csv",
            "serial,secret,algorithm,digits,counter\n" + serial + "," + SEED + ",HOTP,6,0\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"added\":1");
    return serial;
  }

  /**
   * A holder with a token from stock as signature device and a certificate: the codes of presses 0
   * and 1 went to the claim, so the token's next code is press 2.
   */
  static void activeWithToken(Api person, Api operator, String mobile, String email) {
    HttpResponse<String> ordered =
        person.post("/api/signature/holder", anna(mobile, email, PASSWORD));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    String serial = tokenInStock(operator);
    Otp token = Otp.base32(SEED);
    HttpResponse<String> bound =
        person.post(
            "/api/signature/holder/device/token",
            "{\"serial\":\""
                + serial
                + "\",\"codes\":[\""
                + token.hotp(0)
                + "\",\""
                + token.hotp(1)
                + "\"]}");
    assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);
    assertThat(bound.body()).contains("\"status\":\"ACTIVE\"");
  }

  /** A one-page PDF with a line of text. */
  static byte[] pdf(String line) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
