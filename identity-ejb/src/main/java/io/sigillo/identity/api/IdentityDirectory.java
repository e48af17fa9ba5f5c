package io.sigillo.identity.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Registers and finds the identities of one tenant. Another tenant's identities are never visible.
 */
@Local
public interface IdentityDirectory {

  IdentitySummary register(TenantId tenant, NewIdentity identity);

  Optional<IdentitySummary> find(TenantId tenant, long id);

  Optional<IdentitySummary> findByUsername(TenantId tenant, String username);

  /**
   * The identity with this codice fiscale (case-insensitive), through the tenant's unique index.
   */
  Optional<IdentitySummary> findByTaxCode(TenantId tenant, String taxCode);

  /** Identities whose username, given name or surname contains the text (case-insensitive). */
  List<IdentitySummary> search(TenantId tenant, String text, int limit);

  long count(TenantId tenant);
}
