package io.sigillo.selfcare.view.platform;

import io.sigillo.selfcare.tenant.TenantRegistry;
import io.sigillo.selfcare.tenant.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The list of every reseller on the platform. */
@Named
@RequestScoped
public class TenantListBacking {

  @Inject private TenantRegistry registry;

  private List<TenantView> tenants;

  public List<TenantView> getTenants() {
    if (tenants == null) {
      tenants = registry.list();
    }
    return tenants;
  }
}
