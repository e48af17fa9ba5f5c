package io.sigillo.selfcare.security;

import io.sigillo.core.error.PlatformError;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Level 2 before the identity pages. The container has already demanded the password login (the
 * web.xml constraints on these paths); here a session without a level-2 proof for this tenant and
 * person is sent back to Keycloak asking for SPID level 2 ({@code acr_values} SpidL2): Keycloak's
 * single sign-on session is at level 1, so its "Sigillo level 2" step asks for the code only, and
 * the callback makes the session level 2 when the ID token's {@code acr} says so. The first sign-in
 * stays at level 1 so that a portal session exists for the recovery ({@value #RECOVERY_PAGE}),
 * which Keycloak's step links to. A recovery session (password only) gets credential management and
 * nothing else: any other page is refused, whatever it is.
 */
@WebFilter(
    filterName = "second-factor-gate",
    urlPatterns = {"/credentials/*", "/identity/*"})
public class SecondFactorGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SecondFactorGate.class.getName());

  /** The only pages a recovery session may open. */
  static final String RECOVERY_PATHS = "/credentials/";

  /** "I can't generate a code": the recovery, a page of a password-only session. */
  public static final String RECOVERY_PAGE = "/recovery/";

  @Inject private CurrentTenant tenant;
  @Inject private LoginFlow login;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null || !tenant.resolved()) {
      // nothing to step up from: the container's constraint or the tenant filter answers
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<SecondFactorSession.Grant> grant = SecondFactorSession.of(request, tenant.id());
    if (grant.isPresent() && grant.get().mode() == SecondFactorSession.Mode.LEVEL_2) {
      chain.doFilter(request, response);
      return;
    }
    if (grant.isPresent() && path.startsWith(RECOVERY_PATHS)) {
      chain.doFilter(request, response);
      return;
    }
    if (grant.isPresent()) {
      LOG.info(
          () ->
              "["
                  + RequestCorrelation.of(request)
                  + "] recovery session of "
                  + grant.get().username()
                  + " refused on "
                  + path);
      ErrorResponses.send(request, response, IdentityError.RECOVERY_SESSION_LIMITED);
      return;
    }
    if (!"GET".equals(request.getMethod())) {
      ErrorResponses.send(request, response, IdentityError.SECOND_FACTOR_REQUIRED);
      return;
    }
    String query = request.getQueryString();
    String back = query == null ? path : path + "?" + query;
    try {
      response.sendRedirect(login.start(request, response, tenant.view(), back, true).toString());
    } catch (LoginUnavailableException e) {
      LOG.warning(
          () ->
              "["
                  + RequestCorrelation.of(request)
                  + "] level-2 step-up: login broker unavailable: "
                  + e.getMessage());
      ErrorResponses.send(request, response, PlatformError.LOGIN_UNAVAILABLE);
    }
  }

  /** Sends the browser to a step-up page that brings it back to {@code path} (with its query). */
  static void redirect(
      HttpServletRequest request, HttpServletResponse response, String stepUp, String path)
      throws IOException {
    String query = request.getQueryString();
    String back = query == null ? path : path + "?" + query;
    response.sendRedirect(
        request.getContextPath()
            + stepUp
            + "?back="
            + URLEncoder.encode(back, StandardCharsets.UTF_8));
  }
}
