package io.sigillo.selfcare.files;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.tenant.TenantId;
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
 * Any reseller's logo for the platform console's preview ({@code /platform/*} needs platform-admin,
 * web.xml); a portal serves only its own logo, on its own host.
 */
@WebServlet("/platform/logo")
public class PlatformLogoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Tenants tenants;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = request.getParameter("slug");
    Optional<StoredLogo> logo =
        slug != null && TenantId.isValid(slug) ? tenants.logo(TenantId.of(slug)) : Optional.empty();
    if (logo.isEmpty()) {
      ErrorResponses.send(request, response, PlatformError.NOT_FOUND);
      return;
    }
    FileResponses.sendSandboxed(
        response,
        logo.get().mediaType(),
        logo.get().content(),
        "private, no-cache",
        FileResponses.IMAGE_SANDBOX);
  }
}
