package io.sigillo.selfcare.files;

import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.tenant.CurrentTenant;
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
    // the URL carries the upload's version, so a replaced logo has a new URL
    FileResponses.sendSandboxed(
        response,
        logo.get().mediaType(),
        logo.get().content(),
        FileResponses.PUBLIC_DAY,
        FileResponses.IMAGE_SANDBOX);
  }
}
