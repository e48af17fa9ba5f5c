package io.sigillo.tenancy.api;

import io.sigillo.core.tenant.TenantId;
import java.io.Serializable;
import java.util.List;

/** A tenant as the portal uses it: immutable, safe to cache and to share across requests. */
public record TenantView(
    TenantId id, String displayName, List<String> hosts, Branding branding, TenantStatus status)
    implements Serializable {

  public TenantView {
    hosts = List.copyOf(hosts);
  }

  public boolean active() {
    return status == TenantStatus.ACTIVE;
  }
}
