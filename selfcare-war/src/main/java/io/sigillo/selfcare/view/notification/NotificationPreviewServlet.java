package io.sigillo.selfcare.view.notification;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML part of the operator's last e-mail preview, for the page's sandboxed frame. A frame of
 * its own address rather than {@code srcdoc}: a {@code srcdoc} document inherits the portal's
 * content security policy, which refuses the inline styles that carry the tenant's colours in an
 * e-mail. Here the policy allows inline styles and data: images only, no script, no request, and
 * the document is sandboxed; only the portal's own pages may frame it. Under {@code /operator/}:
 * operators at level 2 only.
 */
@WebServlet("/operator/notification-preview")
public class NotificationPreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = NotificationPreviewServlet.class.getName();

  static void remember(HttpServletRequest request, String html) {
    if (html == null) {
      request.getSession().removeAttribute(ATTRIBUTE);
    } else {
      request.getSession().setAttribute(ATTRIBUTE, html);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object html = session == null ? null : session.getAttribute(ATTRIBUTE);
    byte[] body =
        (html instanceof String text ? text : "<!DOCTYPE html><html lang=\"it\"><title>-</title>")
            .getBytes(StandardCharsets.UTF_8);
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'self'; sandbox");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
