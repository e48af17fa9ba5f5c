package io.sigillo.selfcare.web.hardening;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds the attributes a portal cookie must carry to {@code Set-Cookie} headers already on a
 * response. Payara 6 ignores the {@code SameSite} attribute of web.xml's {@code <cookie-config>}
 * and writes the session cookie ({@code JSESSIONID}, and {@code JSESSIONIDVERSION} when the session
 * is replicated) itself, so the headers are rewritten before the response is committed. The portal
 * runs no script, so no cookie of it needs to be readable by script.
 */
public final class CookieAttributes {

  private CookieAttributes() {}

  /**
   * One {@code Set-Cookie} value with {@code HttpOnly}, {@code SameSite=Lax} and, on TLS, Secure.
   */
  static String harden(String setCookie, boolean overTls) {
    String lower = setCookie.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(setCookie.strip());
    while (out.length() > 0 && out.charAt(out.length() - 1) == ';') {
      out.setLength(out.length() - 1);
    }
    if (!hasAttribute(lower, "httponly")) {
      out.append("; HttpOnly");
    }
    if (!hasAttribute(lower, "samesite")) {
      out.append("; SameSite=Lax");
    }
    if (overTls && !hasAttribute(lower, "secure")) {
      out.append("; Secure");
    }
    return out.toString();
  }

  private static boolean hasAttribute(String lowerCookie, String name) {
    String[] parts = lowerCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].trim();
      if (attribute.equals(name) || attribute.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  /** Rewrites every {@code Set-Cookie} header of a response that is not committed yet. */
  public static void harden(HttpServletResponse response, boolean overTls) {
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
    if (cookies.isEmpty()) {
      return;
    }
    List<String> hardened = cookies.stream().map(c -> harden(c, overTls)).toList();
    if (hardened.equals(cookies)) {
      return;
    }
    response.setHeader("Set-Cookie", hardened.get(0));
    for (int i = 1; i < hardened.size(); i++) {
      response.addHeader("Set-Cookie", hardened.get(i));
    }
  }
}
