package io.sigillo.reseller.guide.application;

import io.sigillo.reseller.guide.api.GuideText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The platform's own guides, in Italian and English, shipped in the application as Markdown ({@code
 * io/sigillo/reseller/guides/<slug>_<lang>.md}, first line "# title"). Every tenant's help centre
 * starts with them; a tenant's edited copy takes the place of the platform's.
 */
public final class PlatformGuides {

  /** In the order the help centre lists them. */
  public static final List<String> SLUGS =
      List.of(
          "otp-app-new-phone",
          "otp-app-reconfigure",
          "selfcare-without-phone",
          "phone-clock",
          "contacts-change",
          "certificate-renew",
          "renewal-errors",
          "device-resync",
          "support-request",
          "screenshot-windows",
          "screenshot-macos",
          "screenshot-android",
          "screenshot-ios");

  private PlatformGuides() {}

  public static Optional<GuideText> find(String slug, String lang) {
    if (!SLUGS.contains(slug) || !("it".equals(lang) || "en".equals(lang))) {
      return Optional.empty();
    }
    String path = "/io/sigillo/reseller/guides/" + slug + "_" + lang + ".md";
    try (InputStream in = PlatformGuides.class.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  /** Splits "# title" off the first line of a Markdown file. */
  static GuideText parse(String markdown) {
    String text = markdown.replace("\r\n", "\n");
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (first.startsWith("# ")) {
      return new GuideText(
          first.substring(2).trim(), end < 0 ? "" : text.substring(end + 1).strip());
    }
    return new GuideText("", text.strip());
  }
}
