package io.sigillo.selfcare.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /lang?to=en&back=/account/} stores the choice in a cookie and returns to the page. Only
 * local paths are accepted as {@code back}, so the switch cannot be used as an open redirect.
 */
@WebServlet("/lang")
public class LanguageSwitchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

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
