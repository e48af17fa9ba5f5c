package io.sigillo.selfcare.tenant;

import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.tenancy.api.StoredLogo;
import io.sigillo.tenancy.api.Tenants;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The logo of the request's tenant, on the tenant's own host: public (it is on the login page too).
 * An SVG is served with a policy that forbids scripts and loads even if opened directly.
 */
@WebServlet("/branding/logo")
public class LogoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private Tenants tenants;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<StoredLogo> logo = tenants.logo(tenant.id());
    if (logo.isEmpty()) {
      ErrorResponses.send(request, response, PlatformError.NOT_FOUND);
      return;
    }
    response.setContentType(logo.get().mediaType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    // the URL carries the upload's version, so a replaced logo has a new URL
    response.setHeader("Cache-Control", "public, max-age=86400");
    byte[] content = logo.get().content();
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
