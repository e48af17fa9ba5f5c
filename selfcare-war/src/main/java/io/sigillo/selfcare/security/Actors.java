package io.sigillo.selfcare.security;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place where a request becomes the actor that the EJB modules check: who signed in, with
 * which roles, and what their session proved (password only, recovery, level 2). Pages and REST
 * resources take their actor from here, so they all give the business layer the same answer, and
 * none of them decides on its own who may enrol or revoke a device.
 *
 * <p>A person's bearer token proves the level its sign-in reached (level 2 only from the tenant's
 * portal or signing app with Keycloak's SpidL2 {@code acr}, else level 1); a back end's, or
 * Keycloak's level-2 step's, proves no person at all. A portal session is at level 2 when the ID
 * token of its sign-in said SpidL2 (the mechanism records it at the callback), in recovery after
 * the recovery page recorded that proof.
 */
@RequestScoped
public class Actors {

  static final String USER = "user";
  static final String OPERATOR = "operator";

  /** Request attribute: the {@link Assurance} of this request's bearer token (BearerTokens). */
  static final String BEARER_ASSURANCE = "sigillo.bearer.assurance";

  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant tenant;

  /** The caller, as every module's api takes it. */
  public Actor actor() {
    return new Actor(name(), RequestCorrelation.of(request), assurance(), roles(), false);
  }

  /** What the caller proved in this session; {@link Assurance#NONE} for nobody. */
  public Assurance assurance() {
    if (request.getUserPrincipal() == null
        || request.isUserInRole(BearerTokens.SERVICE)
        || request.isUserInRole(BearerTokens.LOGIN_BROKER)) {
      // nobody, a back end or Keycloak's level-2 step: a client secret proves no person
      return Assurance.NONE;
    }
    if (PortalAuthenticationMechanism.sessionCaller(request).isEmpty() || !tenant.resolved()) {
      // a person's bearer token: what Keycloak's sign-in proved, as the token says (BearerTokens)
      return request.getAttribute(BEARER_ASSURANCE) instanceof Assurance proved
              && proved != Assurance.NONE
          ? proved
          : Assurance.LEVEL_1;
    }
    return SecondFactorSession.of(request, tenant.id())
        .map(
            grant ->
                grant.mode() == SecondFactorSession.Mode.LEVEL_2
                    ? Assurance.LEVEL_2
                    : Assurance.RECOVERY)
        .orElse(Assurance.LEVEL_1);
  }

  /**
   * Whether the caller acts as the tenant's operator: the role, at level 2 (or a back end holding
   * it). An operator signed in with the password alone reads only what is their own.
   */
  public boolean actingOperator() {
    return actor().actingOperator();
  }

  /** The caller's roles, as the container knows them from the session or token. */
  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (request.isUserInRole(USER)) {
      roles.add(Role.PERSON);
    }
    if (request.isUserInRole(OPERATOR)) {
      roles.add(Role.OPERATOR);
    }
    if (request.isUserInRole(BearerTokens.PLATFORM_ADMIN)) {
      roles.add(Role.PLATFORM_ADMIN);
    }
    if (request.isUserInRole(BearerTokens.SERVICE)) {
      roles.add(Role.SERVICE);
    }
    if (request.isUserInRole(BearerTokens.LOGIN_BROKER)) {
      roles.add(Role.LOGIN_BROKER);
    }
    return roles;
  }

  private String name() {
    if (request.getUserPrincipal() == null) {
      throw new SigilloException(PlatformError.SESSION_EXPIRED);
    }
    return request.getUserPrincipal().getName();
  }
}
