package io.sigillo.it.identity;

import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.PlatformOperator;
import java.net.URL;

/**
 * Tenants and their SPID holders for the identity pages, made the way the platform makes them: the
 * tenant and the login account through the platform API (see {@link PlatformOperator}); the
 * identity as the registration desk leaves it, a row with verified contacts. Each test makes its
 * own, uniquely named, and closes it.
 */
public final class Holders implements AutoCloseable {

  public static final String PASSWORD = Account.PASSWORD;

  private final PlatformOperator platform;

  /** A holder as created: username, e-mail and mobile on the tenant's host. */
  public record Holder(String tenant, String host, String username, String email, String mobile) {}

  public Holders(URL base) {
    platform = new PlatformOperator(base);
  }

  /** A new tenant, provisioned; returns its slug. */
  public String tenant(String prefix, String displayName) {
    return platform.newTenant(prefix, displayName);
  }

  /** A login account with the user role and its SPID identity (no OTP app yet). */
  public Holder holder(String tenant, String name, String mobile) {
    String username = Account.uniqueName(name);
    String email = username + "@" + tenant + ".example";
    account(tenant, username, email);
    Database.insertIdentity(tenant, username, "Mario", "Rossi", email, mobile, null, true);
    return new Holder(tenant, tenant + ".localhost", username, email, mobile);
  }

  /** A person of the tenant: a login account (created if missing) with the user role. */
  public void account(String tenant, String username, String email) {
    platform.createAccount(
        tenant, Account.user(tenant, username).named("Mario", "Rossi").withEmail(email));
  }

  /** An operator of the tenant (roles user and operator); returns the username. */
  public String operator(String tenant) {
    String username = Account.uniqueName("op");
    platform.createAccount(tenant, Account.user(tenant, username).withRoles("user", "operator"));
    return username;
  }

  /** The same person served by a second reseller: one login account, member of both tenants. */
  public void shareWithTenant(String username, String tenant) {
    platform.keycloak().shareWithTenant(username, tenant);
  }

  @Override
  public void close() {
    platform.close();
  }
}
