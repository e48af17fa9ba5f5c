package io.sigillo.selfcare.tenant;

import java.util.Set;

/**
 * Login accounts of a tenant's people in the login broker (Keycloak): created or updated
 * idempotently, members of the tenant's organization, with the tenant's roles.
 */
public interface UserAccounts {

  /** Creates the account if missing (else leaves its password alone) and grants the roles. */
  void ensure(TenantView tenant, PortalAccount account, Set<String> roles);

  /**
   * Creates a platform operator's account if missing (else leaves its password alone) and grants
   * the realm role {@code platform-admin}: the platform console then opens on any tenant's host.
   */
  void ensurePlatformAdmin(PortalAccount account);

  /** A person's login account; {@code initialPassword} is used only when the account is created. */
  record PortalAccount(
      String username, String givenName, String surname, String email, char[] initialPassword) {}
}
