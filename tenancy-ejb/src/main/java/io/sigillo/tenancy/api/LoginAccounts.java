package io.sigillo.tenancy.api;

import io.sigillo.core.tenant.TenantId;
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
   * An enrolled customer's account: created as a member of the tenant with the role {@code user}
   * and no password (the customer sets it through the activation link), or left as it is when it is
   * already the tenant's member; refused ({@code ACCOUNT_OF_ANOTHER_PERSON}, 409) like {@link
   * #ensure}. For operators' enrolment: it needs no platform role to read the tenant.
   */
  void ensureCustomer(TenantId tenant, PortalAccount account);

  /**
   * Sets the password of an existing account (the array is wiped). False when the login broker
   * refuses it (its password policy); the catalogued "login unavailable" when it cannot be asked.
   */
  boolean setPassword(String username, char[] password);

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

  /**
   * A person's login account; {@code initialPassword} is used only when the account is created, and
   * may be null for an account without one.
   */
  record PortalAccount(
      String username, String givenName, String surname, String email, char[] initialPassword) {}
}
