package io.sigillo.selfcare.tenant;

import io.sigillo.core.tenant.TenantId;
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

  /** CSS custom properties for the tenant's colours; the values were validated as #rrggbb. */
  public String getCssVariables() {
    Branding b = getBranding();
    return ":root{--brand-primary:"
        + b.primaryColor()
        + ";--brand-accent:"
        + b.accentColor()
        + ";}";
  }
}
