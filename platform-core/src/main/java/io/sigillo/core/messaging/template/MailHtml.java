package io.sigillo.core.messaging.template;

import io.sigillo.core.text.HtmlText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of an e-mail, made from its plain text: operators never write HTML, and every piece
 * of text and every value is escaped, so nothing typed in a template or carried by a variable can
 * add markup. Blank lines make paragraphs, single newlines line breaks, a paragraph of {@code ----}
 * a rule (between the languages of a bilingual message), http(s) addresses links. Styles are inline
 * and the layout is a table, because mail clients drop style sheets and many ignore modern CSS.
 */
final class MailHtml {

  /** Where the HTML points for the logo in a real message (its part's Content-ID). */
  static final String LOGO_CID = "logo";

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
  private static final String TRAILING_PUNCTUATION = ".,;:!?)]";
  private static final String TEXT = "#1f2933";
  private static final String MUTED = "#52606d";
  private static final String FALLBACK_LINK = "#0b57d0";
  private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

  private MailHtml() {}

  /**
   * @param logoSource {@code cid:logo}, a data URI, or null for the name alone
   */
  static String page(
      Branding brand,
      Locale language,
      String subject,
      String text,
      String supportLabel,
      String logoSource) {
    String headerText = readableOn(brand.primaryColor());
    String link =
        contrast(brand.primaryColor(), "#ffffff") >= 4.5 ? brand.primaryColor() : FALLBACK_LINK;
    StringBuilder html = new StringBuilder(2048);
    html.append("<!DOCTYPE html><html lang=\"")
        .append(language.getLanguage())
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(subject))
        .append("</title></head>")
        .append("<body style=\"margin:0;padding:0;background-color:#f4f5f7;\">")
        .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(
            " style=\"background-color:#f4f5f7;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">")
        .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\"")
        .append(
            " style=\"width:100%;max-width:600px;background-color:#ffffff;border-collapse:collapse;")
        .append(FONT)
        .append("color:")
        .append(TEXT)
        .append(";\">");
    header(html, brand, headerText, logoSource);
    html.append("<tr><td style=\"padding:24px;font-size:16px;line-height:1.5;")
        .append(FONT)
        .append("color:")
        .append(TEXT)
        .append(";\">");
    body(html, text, link);
    html.append("</td></tr>");
    footer(html, brand, supportLabel, link);
    html.append("</table></td></tr></table></body></html>");
    return html.toString();
  }

  private static void header(StringBuilder html, Branding brand, String color, String logo) {
    html.append("<tr><td style=\"background-color:")
        .append(brand.primaryColor())
        .append(";color:")
        .append(color)
        .append(";padding:16px 24px;font-size:20px;font-weight:bold;")
        .append(FONT)
        .append("\">");
    if (logo != null) {
      html.append("<img src=\"")
          .append(escape(logo))
          .append("\" alt=\"\" height=\"40\" style=\"height:40px;max-width:160px;")
          .append("vertical-align:middle;margin-right:12px;border:0;\">");
    }
    html.append("<span style=\"vertical-align:middle;\">")
        .append(escape(brand.displayName()))
        .append("</span></td></tr>");
  }

  private static void body(StringBuilder html, String text, String link) {
    String[] paragraphs = text.replace("\r\n", "\n").strip().split("\n[ \t]*\n+");
    for (String paragraph : paragraphs) {
      String trimmed = paragraph.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if ("----".equals(trimmed)) {
        html.append("<hr style=\"border:0;border-top:1px solid #d9dde3;margin:24px 0;\">");
        continue;
      }
      html.append("<p style=\"margin:0 0 16px 0;\">");
      String[] lines = trimmed.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          html.append("<br>");
        }
        linked(html, lines[i], link);
      }
      html.append("</p>");
    }
  }

  private static void footer(StringBuilder html, Branding brand, String label, String link) {
    html.append("<tr><td style=\"padding:16px 24px;border-top:4px solid ")
        .append(brand.accentColor())
        .append(";font-size:13px;line-height:1.5;")
        .append(FONT)
        .append("color:")
        .append(MUTED)
        .append(";\">")
        .append(escape(brand.displayName()));
    if (brand.supportEmail() != null || brand.supportPhone() != null) {
      html.append("<br>").append(escape(label)).append(": ");
      if (brand.supportEmail() != null) {
        html.append("<a href=\"mailto:")
            .append(escape(brand.supportEmail()))
            .append("\" style=\"color:")
            .append(link)
            .append(";\">")
            .append(escape(brand.supportEmail()))
            .append("</a>");
      }
      if (brand.supportEmail() != null && brand.supportPhone() != null) {
        html.append(" &middot; ");
      }
      if (brand.supportPhone() != null) {
        html.append("<a href=\"tel:")
            .append(escape(brand.supportPhone().replaceAll("[^+0-9]", "")))
            .append("\" style=\"color:")
            .append(link)
            .append(";\">")
            .append(escape(brand.supportPhone()))
            .append("</a>");
      }
    }
    html.append("</td></tr>");
  }

  /** One line, escaped, its http(s) addresses made links (without a sentence's final stop). */
  static void linked(StringBuilder html, String line, String color) {
    Matcher m = URL.matcher(line);
    int at = 0;
    while (m.find()) {
      String url = m.group();
      while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0) {
        url = url.substring(0, url.length() - 1);
      }
      if (url.length() <= "https://".length()) {
        continue;
      }
      html.append(escape(line.substring(at, m.start())))
          .append("<a href=\"")
          .append(escape(url))
          .append("\" style=\"color:")
          .append(color)
          .append(";\">")
          .append(escape(url))
          .append("</a>");
      at = m.start() + url.length();
    }
    html.append(escape(line.substring(at)));
  }

  static String escape(String value) {
    return HtmlText.escape(value);
  }

  /** Black or white text, whichever reads better on {@code background} (WCAG contrast). */
  static String readableOn(String background) {
    return contrast(background, "#ffffff") >= contrast(background, "#000000")
        ? "#ffffff"
        : "#000000";
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
