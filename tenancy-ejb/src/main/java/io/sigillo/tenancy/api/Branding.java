package io.sigillo.tenancy.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How a reseller's portal looks and whom its users contact. Colours are validated here because they
 * end up inside a {@code <style>} block, where HTML escaping does not protect.
 */
public record Branding(
    String primaryColor,
    String accentColor,
    String logoUrl,
    String supportEmail,
    String supportPhone)
    implements Serializable {

  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern LOGO = Pattern.compile("(https://|/)[^\\s\"'<>()]{0,500}");

  public Branding {
    if (primaryColor == null || !COLOR.matcher(primaryColor).matches()) {
      throw new IllegalArgumentException("primaryColor must be #rrggbb");
    }
    if (accentColor == null || !COLOR.matcher(accentColor).matches()) {
      throw new IllegalArgumentException("accentColor must be #rrggbb");
    }
    if (logoUrl != null && !logoUrl.isBlank() && !LOGO.matcher(logoUrl).matches()) {
      throw new IllegalArgumentException("logoUrl must be an https URL or a path on the portal");
    }
    logoUrl = logoUrl == null || logoUrl.isBlank() ? null : logoUrl;
  }

  public static Branding defaults() {
    return new Branding("#1f4e79", "#c8102e", null, null, null);
  }
}
