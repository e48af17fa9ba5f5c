package io.sigillo.tenancy.api;

import io.sigillo.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Who the tenants are: the lookups the web edge needs. The host lookup runs on every request before
 * anyone is authenticated, so it is open to all and answered from a short-lived cache; the others
 * are the platform operator's ({@link #find} also Keycloak's level-2 step, which names the tenant
 * in its path).
 */
public interface Tenants {

  /** The tenant serving this host name (a Host header: case, port and trailing dot ignored). */
  Optional<TenantView> byHost(String host);

  Optional<TenantView> find(TenantId id);

  /** Every tenant, by slug. */
  List<TenantView> list();

  /** The tenant's uploaded logo, as checked on upload; shown to anonymous visitors too. */
  Optional<StoredLogo> logo(TenantId id);
}
