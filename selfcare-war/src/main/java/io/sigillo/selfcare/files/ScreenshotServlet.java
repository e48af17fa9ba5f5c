package io.sigillo.selfcare.files;

import io.sigillo.core.error.PlatformError;
import io.sigillo.reseller.support.api.Screenshot;
import io.sigillo.reseller.support.api.SupportDesk;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A support request's screenshot, for its requester and the tenant's operators only ({@code
 * /support/*} needs a tenant role, web.xml; {@link SupportDesk} checks who may read it). Never
 * cached by shared caches.
 */
@WebServlet("/support/screenshot")
public class ScreenshotServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Actors actors;
  @Inject private CurrentTenant tenant;
  @Inject private SupportDesk desk;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      ErrorResponses.send(request, response, PlatformError.NOT_FOUND);
      return;
    }
    Optional<Screenshot> screenshot;
    try {
      screenshot = desk.screenshot(tenant.id(), id, actors.actor());
    } catch (RuntimeException e) {
      ErrorResponses.sendFailure(request, response, e);
      return;
    }
    if (screenshot.isEmpty()) {
      ErrorResponses.send(request, response, PlatformError.NOT_FOUND);
      return;
    }
    FileResponses.sendSandboxed(
        response,
        screenshot.get().mediaType(),
        screenshot.get().content(),
        "private, no-store",
        "default-src 'none'; sandbox");
  }
}
