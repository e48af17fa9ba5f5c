package io.sigillo.selfcare.web;

import io.sigillo.core.person.PersonLanguages;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * {@code /lang?to=en&back=/account/} stores the choice in a cookie and returns to the page. Only
 * local paths are accepted as {@code back}, so the switch cannot be used as an open redirect. For a
 * signed-in person the choice is also remembered ({@link PersonLanguages}) for the messages sent
 * without their request, the expiry reminders; nothing is kept of an anonymous visitor.
 */
@WebServlet("/lang")
public class LanguageSwitchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private PersonLanguages languages;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String to = "en".equals(request.getParameter("to")) ? "en" : "it";
    Cookie cookie = new Cookie(Languages.COOKIE, to);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(60 * 60 * 24 * 365);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    // a signed-in session is bound to the request's tenant (the authentication mechanism saw to it)
    if (request.getUserPrincipal() != null && tenant.resolved()) {
      languages.remember(
          tenant.id(),
          request.getUserPrincipal().getName(),
          "en".equals(to) ? Languages.ENGLISH : Languages.ITALIAN,
          clock.instant());
    }
    response.sendRedirect(request.getContextPath() + safeBack(request.getParameter("back")));
  }

  static String safeBack(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.contains("\r")
        || back.contains("\n")) {
      return "/";
    }
    return back;
  }
}
