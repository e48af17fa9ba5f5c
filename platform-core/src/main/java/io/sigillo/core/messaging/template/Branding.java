package io.sigillo.core.messaging.template;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an e-mail shows of its tenant: name, colours, support contacts and logo. Colours that are
 * not {@code #rrggbb} fall back to the platform's, so nothing but a colour reaches a style
 * attribute.
 *
 * @param logoType the logo's media type, or null without a logo
 * @param logo the logo's bytes, or null
 */
record Branding(
    String displayName,
    String primaryColor,
    String accentColor,
    String supportEmail,
    String supportPhone,
    String logoType,
    byte[] logo) {

  static final String DEFAULT_PRIMARY = "#1f4e79";
  static final String DEFAULT_ACCENT = "#2e7d32";
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  /** Logos mail clients show inline; an SVG is not one of them (most clients refuse it). */
  private static final Set<String> RASTER = Set.of("image/png", "image/jpeg", "image/gif");

  Branding {
    primaryColor = color(primaryColor, DEFAULT_PRIMARY);
    accentColor = color(accentColor, DEFAULT_ACCENT);
    supportEmail = blankToNull(supportEmail);
    supportPhone = blankToNull(supportPhone);
  }

  /** A tenant without a row (only in tests that use a bare tenant id): its name alone. */
  static Branding plain(String displayName) {
    return new Branding(displayName, null, null, null, null, null, null);
  }

  boolean rasterLogo() {
    return logo != null
        && logo.length > 0
        && logoType != null
        && RASTER.contains(logoType.toLowerCase(Locale.ROOT));
  }

  String logoDataUri() {
    return "data:"
        + logoType.toLowerCase(Locale.ROOT)
        + ";base64,"
        + Base64.getEncoder().encodeToString(logo);
  }

  private static String color(String value, String fallback) {
    return value != null && COLOR.matcher(value).matches()
        ? value.toLowerCase(Locale.ROOT)
        : fallback;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
