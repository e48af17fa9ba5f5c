package io.sigillo.tenancy.application;

import io.sigillo.core.tenant.TenantId;
import java.util.Optional;

/**
 * The secret of a tenant's back-end client, kept by the login broker only: read when the platform
 * operator asks for it, replaced by a new one on rotation. Empty when the tenant has no back-end
 * client yet (not provisioned since back-end clients exist).
 */
public interface BackEndSecrets {

  Optional<String> secret(TenantId tenant);

  /** A new secret; the old one stops working at once. */
  Optional<String> rotate(TenantId tenant);
}
