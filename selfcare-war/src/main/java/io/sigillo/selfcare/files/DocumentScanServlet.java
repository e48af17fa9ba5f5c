package io.sigillo.selfcare.files;

import io.sigillo.core.error.PlatformError;
import io.sigillo.identity.api.DocumentScan;
import io.sigillo.identity.api.Enrolments;
import io.sigillo.selfcare.error.ErrorResponses;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A scan of a person's identity document, for the tenant's operators at level 2 only ({@code
 * /operator/*} in web.xml and the staff gate; {@link Enrolments#scan} checks again and audits each
 * opening). Never cached, shown sandboxed.
 */
@WebServlet("/operator/scan")
public class DocumentScanServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Actors actors;
  @Inject private CurrentTenant tenant;
  @Inject private Enrolments enrolments;

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
    DocumentScan scan;
    try {
      scan = enrolments.scan(tenant.id(), request.getParameter("u"), id, actors.actor());
    } catch (RuntimeException e) {
      ErrorResponses.sendFailure(request, response, e);
      return;
    }
    FileResponses.sendSandboxed(
        response,
        scan.contentType(),
        scan.content(),
        "private, no-store",
        "default-src 'none'; sandbox");
  }
}
