package io.sigillo.it.support;

import java.net.URL;

/**
 * A test tenant's clients as provisioning makes them, used as the reseller's software uses them:
 * the tenant (seeded into the database, see {@link TestTenants}) is provisioned through the
 * platform API, its back end gets tokens from {@code backend-<slug>} by client credentials with the
 * secret the platform API hands out, and its people get tokens from the signing app {@code
 * signing-<slug>} by signing in on Keycloak's pages (authorization code + PKCE, {@link
 * SigningAppTokens}). People are created through the platform API with the {@code user} role. No
 * client of the test's own stands in for a tenant's; only the platform operator's back end (a
 * {@link PlatformOperator}) is the test's, and it is removed on close.
 */
public final class TenantClient implements AutoCloseable {

  private final PlatformOperator platform;
  private final String slug;
  private final PlatformOperator.BackEndClient backEnd;

  /** Provisions the seeded tenant {@code slug} in Keycloak and reads its back end's secret. */
  public TenantClient(URL base, String slug) {
    this.slug = slug;
    platform = new PlatformOperator(base);
    try {
      platform.provision(slug);
      backEnd = platform.backEndClient(slug);
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  /** A new person of this tenant with the user role; returns the username. */
  public String person(String prefix) {
    String username = Account.uniqueName(prefix);
    platform.createAccount(slug, Account.user(slug, username));
    return username;
  }

  /** An access token of a person made here, from the tenant's signing app (level 1). */
  public String token(String username) {
    return SigningAppTokens.accessToken(slug, username, Account.PASSWORD);
  }

  /** An access token of the tenant's back end (role operator, no person). */
  public String serviceToken() {
    return backEnd.token();
  }

  /** The platform operator that provisioned the tenant, for calls of the platform API. */
  public PlatformOperator platform() {
    return platform;
  }

  @Override
  public void close() {
    platform.close();
  }
}
