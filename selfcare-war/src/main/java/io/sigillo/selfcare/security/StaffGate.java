package io.sigillo.selfcare.security;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
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
import java.util.logging.Logger;

/**
 * Level 2 before the staff consoles. An operator or platform administrator signed in with the
 * password alone is sent to the staff step-up page (a page view) or refused (anything else,
 * including a person's bearer token on the platform API): staff act only after a code of their own
 * OTP device. A back end with a staff role passes, its client secret being its proof. The same rule
 * is checked again in the business layer ({@code Actor.staff()}); this gate makes the browser's
 * path the short one.
 */
@WebFilter(
    filterName = "staff-gate",
    urlPatterns = {"/operator/*", "/platform/*", "/api/platform/*"})
public class StaffGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(StaffGate.class.getName());

  /** The staff step-up page. */
  public static final String STEP_UP = "/staff/";

  @Inject private Actors actors;
  @Inject private CurrentTenant tenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      // the container's constraint answers
      chain.doFilter(request, response);
      return;
    }
    Actor actor = actors.actor();
    if (actor.staff() || !actor.staffRole()) {
      // stepped up, a back end, or no staff role at all (the role constraint refuses that one)
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean page = !path.startsWith("/api/");
    if (page
        && "GET".equals(request.getMethod())
        && tenant.resolved()
        && PortalAuthenticationMechanism.sessionCaller(request).isPresent()) {
      SecondFactorGate.redirect(request, response, STEP_UP, path);
      return;
    }
    LOG.info(
        () ->
            "["
                + RequestCorrelation.of(request)
                + "] "
                + actor.name()
                + " without level 2 refused on "
                + request.getMethod()
                + " "
                + path);
    if (page) {
      ErrorResponses.sendWithBack(request, response, PlatformError.STAFF_LEVEL_2_REQUIRED, path);
    } else {
      ErrorResponses.send(request, response, PlatformError.STAFF_LEVEL_2_REQUIRED);
    }
  }
}
