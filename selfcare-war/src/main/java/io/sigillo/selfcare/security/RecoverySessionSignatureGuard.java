package io.sigillo.selfcare.security;

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
import java.util.logging.Logger;

/**
 * A recovery session (password only, after proving the mobile or e-mail) exists for credential
 * management and nothing else: it does not reach the remote-signature pages or API. Remote
 * signature does not ask for SPID level 2 (a holder may have no SPID identity), since every
 * signature, contact change and device action asks for the remote-signature password and an OTP.
 */
@WebFilter(
    filterName = "recovery-session-signature-guard",
    urlPatterns = {"/signature/*", "/api/signature/*"})
public class RecoverySessionSignatureGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RecoverySessionSignatureGuard.class.getName());

  @Inject private CurrentTenant tenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean recovery =
        request.getUserPrincipal() != null
            && tenant.resolved()
            && SecondFactorSession.of(request, tenant.id())
                .filter(grant -> grant.mode() == SecondFactorSession.Mode.RECOVERY)
                .isPresent();
    if (recovery) {
      LOG.info(
          () -> "[" + RequestCorrelation.of(request) + "] recovery session refused on signature");
      ErrorResponses.send(request, response, IdentityError.RECOVERY_SESSION_LIMITED);
      return;
    }
    chain.doFilter(request, response);
  }
}
