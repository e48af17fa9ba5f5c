package io.sigillo.signature.infrastructure.forms;

import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The renewal request form ("modulo di richiesta rinnovo"): one A4 page with the holder data, the
 * certificate to renew and the request, in the holder's language. The standard Helvetica fonts
 * cover the Latin-1 letters of Italian names (WinAnsi encoding); characters outside it are replaced
 * rather than failing the renewal.
 */
public final class RenewalForm {

  static final String BUNDLE = "io.sigillo.signature.infrastructure.forms.RenewalForm";
  private static final float MARGIN = 56;
  private static final float LINE = 18;

  private RenewalForm() {}

  /**
   * @param portal the tenant's display name
   * @param serialNumber the serial of the certificate to renew
   */
  public static byte[] render(
      String portal,
      HolderData holder,
      String email,
      String mobile,
      String serialNumber,
      Instant notAfter,
      Instant now,
      Locale locale) {
    ResourceBundle texts = texts(locale);
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));
    DateTimeFormatter moment =
        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));
    List<String[]> rows = new ArrayList<>();
    rows.add(row(texts, "surname", holder.surname()));
    rows.add(row(texts, "givenName", holder.givenName()));
    rows.add(
        row(texts, "sex", texts.getString(holder.sex() == Sex.FEMALE ? "sex.female" : "sex.male")));
    rows.add(
        row(
            texts,
            "birthDate",
            day.format(holder.birthDate().atStartOfDay(ZoneId.of("Europe/Rome")))));
    rows.add(
        row(
            texts,
            "placeOfBirth",
            holder.placeOfBirth()
                + (holder.provinceOfBirth() == null ? "" : " (" + holder.provinceOfBirth() + ")")));
    rows.add(row(texts, "codiceFiscale", holder.codiceFiscale()));
    rows.add(row(texts, "email", email));
    rows.add(row(texts, "mobile", mobile));
    rows.add(row(texts, "serial", serialNumber));
    rows.add(row(texts, "notAfter", day.format(notAfter)));
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      float y = page.getMediaBox().getHeight() - MARGIN;
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        y = text(content, bold, 16, MARGIN, y, safe(portal));
        y = text(content, bold, 14, MARGIN, y - 6, safe(texts.getString("title")));
        y -= LINE / 2;
        for (String[] row : rows) {
          text(content, bold, 10, MARGIN, y, safe(row[0]));
          y = text(content, plain, 10, MARGIN + 170, y, safe(row[1]));
        }
        y -= LINE;
        for (String line :
            wrap(
                new MessageFormat(texts.getString("request"), language(locale))
                    .format(
                        new Object[] {holder.givenName() + " " + holder.surname(), serialNumber}),
                90)) {
          y = text(content, plain, 10, MARGIN, y, safe(line));
        }
        y -= LINE;
        text(
            content,
            plain,
            10,
            MARGIN,
            y,
            safe(
                new MessageFormat(texts.getString("date"), language(locale))
                    .format(new Object[] {moment.format(now)})));
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(texts.getString("title"));
      info.setAuthor(portal);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.setTimeInMillis(now.toEpochMilli());
      info.setCreationDate(created);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("renewal form not rendered", e);
    }
  }

  private static String[] row(ResourceBundle texts, String key, String value) {
    return new String[] {texts.getString("field." + key), value == null ? "" : value};
  }

  private static float text(
      PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
    return y - LINE;
  }

  /** Keeps what WinAnsi (the standard fonts' encoding) can show; the rest becomes '?'. */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean latin1 = c >= 0x20 && c <= 0xFF && (c < 0x7F || c >= 0xA0);
      out.append(latin1 || c == '€' || c == '’' || c == '–' ? c : '?');
    }
    return out.toString();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static Locale language(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
        ? Locale.ENGLISH
        : Locale.ITALIAN;
  }

  private static ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language(locale) == Locale.ENGLISH ? Locale.ENGLISH : Locale.ROOT,
        RenewalForm.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
