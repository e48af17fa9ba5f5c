package io.sigillo.selfcare.tenant;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The tenant of the current request, resolved once from the Host header by {@link
 * TenantResolutionFilter}. Read-only for everyone else: there is no public setter.
 */
@RequestScoped
@Named("tenant")
public class CurrentTenant {

  private TenantView tenant;

  void bind(TenantView resolved) {
    if (tenant != null && !tenant.id().equals(resolved.id())) {
      throw new IllegalStateException("the request's tenant is already resolved");
    }
    tenant = resolved;
  }

  public boolean resolved() {
    return tenant != null;
  }

  /** The request's tenant; only pages behind the resolution filter may ask. */
  public TenantView view() {
    if (tenant == null) {
      throw new IllegalStateException("no tenant resolved for this request");
    }
    return tenant;
  }

  public TenantId id() {
    return view().id();
  }

  public String getDisplayName() {
    return view().displayName();
  }

  public Branding getBranding() {
    return view().branding();
  }

  /**
   * CSS custom properties for the tenant's colours; the values were validated as #rrggbb. The
   * selector outranks portal.css's {@code :root} defaults, which Faces writes after this block.
   * Text on a brand colour is black or white, whichever contrasts more, so any brand stays legible.
   */
  public String getCssVariables() {
    Branding b = getBranding();
    return "html:root{--brand-primary:"
        + b.primaryColor()
        + ";--brand-primary-text:"
        + readableOn(b.primaryColor())
        + ";--brand-accent:"
        + b.accentColor()
        + ";--brand-accent-text:"
        + readableOn(b.accentColor())
        + ";}";
  }

  /** Black or white text for a background colour, by WCAG 2 contrast ratio. */
  static String readableOn(String hex) {
    double background = luminance(hex);
    double withWhite = 1.05 / (background + 0.05);
    double withBlack = (background + 0.05) / 0.05;
    return withWhite >= withBlack ? "#ffffff" : "#000000";
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16 & 0xff)
        + 0.7152 * channel(rgb >> 8 & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
