package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Role;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityError;
import java.util.Locale;

/**
 * Who asks for a credential step, as every flow needs it: the tenant and the person, the language
 * and the tenant's name that messages go out under (also the name an authenticator app lists the
 * account under), and the actor the registry and the audit trail see. One value instead of five
 * parameters repeated through every flow.
 *
 * <p>Made only through {@link #forLogin} and {@link #forOwn}, which hold the rule of who may act
 * for whom: a person (or staff member) for themselves; the platform for anyone; Keycloak's level-2
 * step ({@link Role#LOGIN_BROKER}) for any person of the tenant, but only in the login check. The
 * web edge passes the signed-in name, so these refusals guard against a page or resource that one
 * day passes another.
 */
record Requester(TenantId tenant, String username, Locale locale, String senderName, Actor actor) {

  /**
   * A step of the level-2 login (the methods, an app code, an SMS code): the person themselves, or
   * the sign-in step acting for them.
   */
  static Requester forLogin(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    if (!actor.is(Role.LOGIN_BROKER)) {
      requireThemselves(username, actor);
    }
    return new Requester(tenant, username, locale, senderName, actor);
  }

  /**
   * Anything else a person does with their own credentials (re-association, recovery, mobile
   * change): never the sign-in step, which checks codes and manages nothing.
   */
  static Requester forOwn(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    if (actor.is(Role.LOGIN_BROKER)) {
      throw new SigilloException(IdentityError.LOGIN_BROKER_LIMITED);
    }
    requireThemselves(username, actor);
    return new Requester(tenant, username, locale, senderName, actor);
  }

  private static void requireThemselves(String username, Actor actor) {
    if (actor.is(Role.SYSTEM)) {
      return;
    }
    String person = username == null ? "" : username.strip();
    if (!actor.name().strip().equalsIgnoreCase(person)) {
      // somebody else's identity is as good as none: its existence is not revealed
      throw new SigilloException(IdentityError.IDENTITY_NOT_FOUND);
    }
  }
}
