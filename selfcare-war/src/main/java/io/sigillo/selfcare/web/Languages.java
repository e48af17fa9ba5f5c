package io.sigillo.selfcare.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The portal speaks Italian first and English second: an explicit choice (cookie {@code lang})
 * wins, then a browser that prefers English, then Italian.
 */
public final class Languages {

  public static final String COOKIE = "lang";
  public static final Locale ITALIAN = Locale.ITALIAN;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Languages() {}

  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return "en".equals(cookie.getValue()) ? ENGLISH : ITALIAN;
        }
      }
    }
    String accept = request.getHeader("Accept-Language");
    if (accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
      return ENGLISH;
    }
    return ITALIAN;
  }
}
