package io.sigillo.signature.infrastructure.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.Sex;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RenewalFormTest {

  private static final HolderData NICCOLO =
      new HolderData(
          "Dell'Orto",
          "Niccolò",
          Sex.MALE,
          LocalDate.of(1980, 1, 1),
          "Forlì",
          "FC",
          "DLLNCL80A01D704X");

  @Test
  void theFormCarriesTheHolderDataTheCertificateAndTheRequestInItalian() throws IOException {
    byte[] pdf =
        RenewalForm.render(
            "Alpha Fiduciaria",
            NICCOLO,
            "niccolo@example.it",
            "+393331234567",
            "1a2b3c",
            Instant.parse("2027-01-31T10:00:00Z"),
            Instant.parse("2026-12-01T10:00:00Z"),
            Locale.ITALIAN);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text)
          .contains(
              "Modulo di richiesta rinnovo",
              "Dell'Orto",
              "Niccolò",
              "Forlì (FC)",
              "DLLNCL80A01D704X",
              "1a2b3c",
              "31/01/2027",
              "chiedo il rinnovo",
              "01/12/2026 11:00");
    }
  }

  @Test
  void theFormSpeaksEnglishWhenAskedAndReplacesWhatTheFontCannotShow() throws IOException {
    HolderData foreign =
        new HolderData(
            "Łukasiewicz",
            "Jan",
            Sex.MALE,
            LocalDate.of(1980, 1, 1),
            "Polonia",
            null,
            "LKSJNA80A01Z127X");
    byte[] pdf =
        RenewalForm.render(
            "Beta",
            foreign,
            "jan@example.pl",
            "+48123456789",
            "ff",
            Instant.parse("2027-01-31T10:00:00Z"),
            Instant.parse("2026-12-01T10:00:00Z"),
            Locale.ENGLISH);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("renewal request form", "?ukasiewicz", "request its renewal");
    }
  }
}
