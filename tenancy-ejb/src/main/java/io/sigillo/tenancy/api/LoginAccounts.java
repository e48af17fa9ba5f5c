package io.sigillo.tenancy.api;

import java.util.Optional;
import java.util.Set;

/**
 * Login accounts of a tenant's people in the login broker (Keycloak): created or updated
 * idempotently, members of the tenant's organization, with the tenant's roles.
 */
public interface LoginAccounts {

  /**
   * Creates the account as a member of the tenant if missing (else leaves its password alone) and
   * grants the roles; refuses ({@code ACCOUNT_OF_ANOTHER_PERSON}, 409) a username or e-mail address
   * whose account is not already the tenant's member, leaving that account unchanged.
   */
  void ensure(TenantView tenant, PortalAccount account, Set<String> roles);

  /**
   * Creates a platform operator's account with the realm role {@code platform-admin} if missing; an
   * existing operator is left alone, any other existing account refused (409). The platform console
   * then opens on any tenant's host.
   */
  void ensurePlatformAdmin(PortalAccount account);

  /**
   * The e-mail address the login broker holds for the account, if it has one: where a staff
   * member's first-device activation link goes.
   */
  Optional<String> email(String username);

  /** A person's login account; {@code initialPassword} is used only when the account is created. */
  record PortalAccount(
      String username, String givenName, String surname, String email, char[] initialPassword) {}
}
