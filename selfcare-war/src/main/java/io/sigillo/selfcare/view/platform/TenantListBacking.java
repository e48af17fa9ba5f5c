package io.sigillo.selfcare.view.platform;

import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The list of every reseller on the platform. */
@Named
@RequestScoped
public class TenantListBacking {

  @Inject private Tenants registry;

  private List<TenantView> tenants;

  /** Loaded on the first evaluation of the request: the page refers to it more than once. */
  public List<TenantView> getTenants() {
    if (tenants == null) {
      tenants = registry.list();
    }
    return tenants;
  }
}
