package io.sigillo.tenancy.application;

import io.sigillo.tenancy.api.TenantView;

/**
 * Sets up a tenant in the login broker (Keycloak: OIDC client, organization, roles). Must be
 * idempotent: provisioning an already provisioned tenant changes nothing and succeeds.
 */
public interface TenantProvisioning {

  void provision(TenantView tenant);

  /** The tenant's users can no longer log in (its client is disabled); data stays. */
  void disable(TenantView tenant);
}
