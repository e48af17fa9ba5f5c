package io.sigillo.tenancy.api;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginAccounts.PortalAccount;
import jakarta.ejb.Local;
import java.util.Set;

/**
 * Creates, edits, re-provisions and disables tenants, and creates their people's login accounts:
 * the platform operator's work, shared by the console's pages and the platform API so both apply
 * the same rules. Every change is audited with {@code actor} and {@code correlationId}.
 */
@Local
public interface TenantAdministration {

  /** Small enough to travel as a Keycloak client attribute and inside every login page. */
  int MAX_LOGO_BYTES = 100 * 1024;

  /** Registers the tenant, then provisions its login broker (a failure leaves it PROVISIONING). */
  TenantView create(NewTenant request, String actor, String correlationId);

  /** Provisions again (idempotent): after a failed provisioning, or to push changed branding. */
  TenantView provision(TenantId id, String actor, String correlationId);

  /**
   * Edits name, hosts and branding, then pushes them to the login broker. Branding left out keeps
   * the tenant's; a branding without a logo keeps the uploaded one (logos are uploaded apart).
   */
  TenantView edit(TenantId id, TenantChanges changes, String actor, String correlationId);

  /** Checks and stores a PNG or SVG logo of at most {@link #MAX_LOGO_BYTES} bytes. */
  TenantView uploadLogo(TenantId id, byte[] content, String actor, String correlationId);

  /** Serves and logs in again after {@link #disable}. */
  TenantView enable(TenantId id, String actor, String correlationId);

  /** The portal stops serving and the login broker stops logging in; data stays. */
  TenantView disable(TenantId id, String actor, String correlationId);

  /**
   * The client id and secret of the tenant's back-end client, for the reseller's back end to get
   * API tokens with (client credentials). Audited without the secret. {@code TEN-006} when the
   * tenant was not provisioned since back-end clients exist: provision it again.
   */
  BackEndCredentials backEndCredentials(TenantId id, String actor, String correlationId);

  /** Replaces the back-end client's secret (the old one stops working) and returns the new one. */
  BackEndCredentials rotateBackEndSecret(TenantId id, String actor, String correlationId);

  /**
   * Creates a login account on the tenant if missing (else keeps its password) with the tenant
   * roles {@code roles} ({@code user} when empty; only {@code user} and {@code operator}). The
   * username is required and an initial password has at least 12 characters.
   */
  void ensureAccount(TenantId id, PortalAccount account, Set<String> roles);
}
