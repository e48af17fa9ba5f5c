package io.sigillo.selfcare.security;

import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.person.PersonLanguages;
import io.sigillo.core.session.SignOuts;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates every request of the portal. It runs before the servlet filters, so it resolves the
 * tenant from the host itself. A session belongs to the tenant it logged in on: presented on
 * another tenant's host it is invalidated and refused. Pages that need a role send the browser to
 * Keycloak; API calls are never redirected — they carry a bearer token or get a JSON 401.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
  private static final String BEARER = "Bearer ";

  @Inject private Tenants tenants;
  @Inject private LoginFlow login;
  @Inject private BearerTokens bearerTokens;
  @Inject private Clock clock;
  @Inject private SignOuts signOuts;
  @Inject private SignInTrail trail;
  @Inject private PersonLanguages languages;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<TenantView> known = tenants.byHost(request.getServerName());
    Optional<TenantView> tenant = known.filter(TenantView::active);
    try {
      String authorization = request.getHeader("Authorization");
      if (path.startsWith("/api/")
          && authorization != null
          && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        BearerTokens.Bearer bearer =
            bearerTokens.validate(authorization.substring(BEARER.length()).trim(), tenant);
        // read by Actors: what the token's sign-in proved (a client cannot set an attribute)
        request.setAttribute(Actors.BEARER_ASSURANCE, bearer.assurance());
        return context.notifyContainerAboutLogin(bearer.username(), bearer.groups());
      }
      Optional<Caller> signedIn = sessionCaller(request);
      if (signedIn.isPresent()
          && (tenant.isEmpty() || !signedIn.get().tenant().equals(tenant.get().id()))) {
        // a session only ever serves the tenant it logged in on
        request.getSession().invalidate();
        return refuse(
            request, response, PlatformError.SESSION_EXPIRED, "session of another tenant");
      }
      if (path.equals(LoginClients.CALLBACK_PATH) && tenant.isPresent()) {
        // also for a signed-in session: the level-2 step-up comes back here and replaces the caller
        return finishLogin(request, response, context, tenant.get());
      }
      if (signedIn.isPresent() && signedOutSince(signedIn.get())) {
        // "sign out everywhere" came after this sign-in, on whichever node: a new login
        request.getSession().invalidate();
        signedIn = Optional.empty();
      }
      if (signedIn.isPresent()) {
        return context.notifyContainerAboutLogin(
            signedIn.get().username(), signedIn.get().groups());
      }
      if (!context.isProtected()) {
        return context.doNothing();
      }
      if (path.startsWith("/api/")) {
        // no login page for machines
        return refuse(request, response, PlatformError.SESSION_EXPIRED, "API call without token");
      }
      if (tenant.isEmpty()) {
        // unknown or inactive portals never reach Keycloak: the tenant filter's answer, here
        return known.isEmpty()
            ? refuse(request, response, PlatformError.UNKNOWN_PORTAL, null, request.getServerName())
            : refuse(request, response, PlatformError.TENANT_DISABLED, null);
      }
      URI authorizationUrl = login.start(request, response, tenant.get(), returnTo(request), false);
      return context.redirect(authorizationUrl.toString());
    } catch (LoginUnavailableException e) {
      LOG.log(
          Level.WARNING,
          "[" + RequestCorrelation.of(request) + "] login broker unavailable: " + e.getMessage(),
          e.getCause());
      return refuse(request, response, PlatformError.LOGIN_UNAVAILABLE, null);
    } catch (LoginFailedException e) {
      LOG.info(() -> "[" + RequestCorrelation.of(request) + "] login refused: " + e.getMessage());
      // a step-up that failed leaves the level-1 session as it was (the recovery needs it)
      return refuse(request, response, e.code(), null, e.arguments());
    }
  }

  private AuthenticationStatus finishLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      TenantView tenant) {
    LoginFlow.Finished finished = login.finish(request, response, tenant);
    Caller caller = finished.caller();
    Optional<Caller> before = sessionCaller(request);
    if (before.isPresent() && !before.get().username().equals(caller.username())) {
      // Keycloak's session now belongs to someone else: nothing of the previous person's session
      request.getSession().invalidate();
      request.getSession(true);
    } else {
      // a new session id at the privilege change, so a planted id is worth nothing
      request.changeSessionId();
    }
    request.getSession().setAttribute(Caller.SESSION_ATTRIBUTE, caller);
    if (caller.levelTwo()) {
      // level 2 is what Keycloak's ID token says (acr SpidL2), nothing the portal checked itself
      SecondFactorSession.grant(
          request,
          tenant.id(),
          caller.username(),
          SecondFactorSession.Mode.LEVEL_2,
          clock.instant());
    } else {
      // a sign-in replaces what the session proved before, whoever had it
      SecondFactorSession.clear(request);
    }
    trail.signedIn(request, tenant.id(), caller.username(), caller.levelTwo() ? 2 : 1);
    // the portal's language of this sign-in, for the messages sent later without a request
    languages.remember(tenant.id(), caller.username(), Languages.of(request), clock.instant());
    LOG.info(
        () ->
            "["
                + RequestCorrelation.of(request)
                + "] "
                + caller.username()
                + " signed in on "
                + tenant.id()
                + (caller.levelTwo() ? " at level 2" : ""));
    return context.redirect(request.getContextPath() + finished.returnTo());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(Caller.SESSION_ATTRIBUTE);
    }
  }

  /** The person signed out everywhere on this tenant after this session's sign-in. */
  private boolean signedOutSince(Caller caller) {
    return signOuts
        .last(caller.tenant(), caller.username())
        .filter(at -> caller.signedInAt() == null || !at.isBefore(caller.signedInAt()))
        .isPresent();
  }

  static Optional<Caller> sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object caller = session == null ? null : session.getAttribute(Caller.SESSION_ATTRIBUTE);
    return caller instanceof Caller c ? Optional.of(c) : Optional.empty();
  }

  /** Where to go after login: the page asked for, on this portal only (path and query, GET). */
  private static String returnTo(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "/";
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String target = query == null ? path : path + "?" + query;
    return target.startsWith("/") && !target.startsWith("//") ? target : "/";
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      ErrorCode code,
      String reason,
      Object... arguments) {
    if (reason != null) {
      LOG.fine(() -> "[" + RequestCorrelation.of(request) + "] " + code.code() + ": " + reason);
    }
    try {
      ErrorResponses.send(request, response, code, arguments);
      response.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "could not write the refusal", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
