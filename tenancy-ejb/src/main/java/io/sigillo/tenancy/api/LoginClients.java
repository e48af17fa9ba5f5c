package io.sigillo.tenancy.api;

import io.sigillo.core.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * What the portal's login needs of the login broker: each tenant's OIDC client, the claims that
 * carry roles, the realm's issuer, and keys derived from the platform's one broker secret. One
 * place, so provisioning, login and tests agree on the names.
 */
public interface LoginClients {

  /** The tenant roles; {@code platform-admin} is a realm role and never a tenant's. */
  Set<String> ROLES = Set.of("user", "operator");

  /** The realm role of the platform's operators. */
  String PLATFORM_ADMIN = "platform-admin";

  /** Claim carrying {@link #PLATFORM_ADMIN} when the person has it (a top-level array). */
  String PLATFORM_ROLES_CLAIM = "platform_roles";

  /** Claim the client-role mapper writes the tenant roles into (a top-level array). */
  String GROUPS_CLAIM = "groups";

  /** The path of the login callback; part of every redirect URI. */
  String CALLBACK_PATH = "/login/callback";

  /** The OIDC client id of the tenant's portal. */
  static String clientId(TenantId tenant) {
    return "portal-" + tenant.value();
  }

  /** The secret of the tenant's client; throws if the tenant is not provisioned. */
  String secret(TenantId tenant);

  /** The realm's issuer URL, as the broker writes it into tokens. */
  URI issuer();

  /** How long a call to the broker may take before it counts as unavailable. */
  Duration timeout();

  /** The audience an access token must name to be accepted by the API. */
  String apiAudience();

  /** A 256-bit key for {@code purpose}, the same on every node of a cluster. */
  byte[] derivedKey(String purpose);
}
