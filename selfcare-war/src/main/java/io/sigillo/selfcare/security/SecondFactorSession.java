package io.sigillo.selfcare.security;

import io.sigillo.core.tenant.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * What a session proved beyond the password, per tenant and person: a full level-2 login
 * (Keycloak's ID token said SpidL2, see PortalAuthenticationMechanism), or a recovery that opens
 * credential management only. Kept in the HTTP session, which the authentication mechanism already
 * binds to one tenant; ends with the session (logout, timeout).
 */
public final class SecondFactorSession {

  static final String ATTRIBUTE = "sigillo.secondFactor";

  /** How the session got past level 1. */
  public enum Mode {
    /** An OTP from the app, or an SMS code: the whole portal. */
    LEVEL_2,
    /** A recovery code: password only, credential management only. */
    RECOVERY
  }

  /** The proof, for one person on one tenant. */
  public record Grant(TenantId tenant, String username, Mode mode, Instant at)
      implements Serializable {}

  private SecondFactorSession() {}

  public static void grant(
      HttpServletRequest request, TenantId tenant, String username, Mode mode, Instant at) {
    request.getSession(true).setAttribute(ATTRIBUTE, new Grant(tenant, username, mode, at));
  }

  /** Forgets whatever this session proved beyond the password. */
  static void clear(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /** The grant of this session for the person signed in on this tenant, if any. */
  public static Optional<Grant> of(HttpServletRequest request, TenantId tenant) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
    String caller =
        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    if (value instanceof Grant grant
        && grant.tenant().equals(tenant)
        && grant.username().equals(caller)) {
      return Optional.of(grant);
    }
    return Optional.empty();
  }
}
