package io.sigillo.selfcare.security;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs out of the portal and of Keycloak: the local session is invalidated first (so the person is
 * out even if Keycloak is not reachable), then the browser goes to Keycloak's end-session endpoint
 * with the ID token as hint, which ends the single sign-on session without asking and returns to
 * this portal's home page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

  @Inject private OidcProvider provider;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Caller> caller = PortalAuthenticationMechanism.sessionCaller(request);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    URI home =
        URI.create(
            LoginFlow.callbackUri(request).resolve(request.getContextPath() + "/").toString());
    if (caller.isEmpty() || caller.get().idToken() == null) {
      response.sendRedirect(home.toString());
      return;
    }
    try {
      URI endSession = provider.metadata().getEndSessionEndpointURI();
      response.sendRedirect(
          new LogoutRequest(endSession, JWTParser.parse(caller.get().idToken()), home, null)
              .toURI()
              .toString());
    } catch (LoginUnavailableException | java.text.ParseException e) {
      LOG.warning(
          () ->
              "["
                  + RequestCorrelation.of(request)
                  + "] Keycloak session of "
                  + caller.get().username()
                  + " not ended: "
                  + e.getMessage());
      response.sendRedirect(home.toString());
    }
  }
}
