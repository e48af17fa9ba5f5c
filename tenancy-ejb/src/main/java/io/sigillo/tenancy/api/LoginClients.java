package io.sigillo.tenancy.api;

import io.sigillo.core.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
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

  /** The ID token's and access token's {@code acr} of a SPID level-2 sign-in. */
  String SPID_LEVEL_2 = "https://www.spid.gov.it/SpidL2";

  /** The OIDC client id of the tenant's portal. */
  static String clientId(TenantId tenant) {
    return Kind.PORTAL.clientId(tenant);
  }

  /**
   * The clients provisioning makes for every tenant, named {@code <prefix><slug>}. Their tokens are
   * the only ones that carry the tenant's roles to the API; which kind a token came from says what
   * it may prove (a person's level, or a back end's secret).
   */
  enum Kind {
    /** The self-care portal: confidential, authorization code + PKCE, people. */
    PORTAL("portal-"),
    /** The reseller's back end: confidential, client credentials only, its own service account. */
    BACK_END("backend-"),
    /** The reseller's signing application: public, authorization code + PKCE, holders. */
    SIGNING_APP("signing-");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String clientId(TenantId tenant) {
      return prefix + tenant.value();
    }

    /** The kind of {@code clientId} if it is one of {@code tenant}'s clients. */
    public static Optional<Kind> of(TenantId tenant, String clientId) {
      return Arrays.stream(values()).filter(k -> k.clientId(tenant).equals(clientId)).findFirst();
    }

    /** Whether {@code clientId} is named like some tenant's client (not the platform's own). */
    public static boolean anyTenantsClient(String clientId) {
      return clientId != null
          && Arrays.stream(values())
              .anyMatch(
                  k ->
                      clientId.startsWith(k.prefix)
                          && TenantId.isValid(clientId.substring(k.prefix.length())));
    }
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
