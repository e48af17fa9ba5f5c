package io.sigillo.selfcare.web.hardening;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The headers on every portal answer: pages, API answers and error pages alike.
 *
 * <ul>
 *   <li>CSP: scripts only from the portal and no inline script (the pages run none; Faces buttons
 *       post plain forms). Styles from the portal plus the one {@code <style>} of the tenant's
 *       colours, allowed by a per-request nonce rather than {@code 'unsafe-inline'}, so injected
 *       markup cannot restyle a page. Images also as {@code data:} (the QR code of an OTP app) and
 *       from https (a tenant's logo may live on its own site; an image runs nothing). Forms post to
 *       the portal, or are redirected to the login after a session expired. No framing.
 *   <li>{@code Cache-Control: no-store} on everything but static resources: pages and API answers
 *       carry personal data, and a shared computer's back button must not show them.
 *   <li>HSTS only when the request came over TLS: on plain http it would be ignored, and behind a
 *       proxy it is only true when the proxy says so (see {@link WebSecuritySettings}).
 * </ul>
 */
public final class SecurityHeaders {

  /** The request attribute holding the nonce the page's {@code <style>} element carries. */
  public static final String NONCE_ATTRIBUTE = "sigillo.cspNonce";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final long HSTS_MAX_AGE = 31_536_000L;

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    apply(request, response, WebSecuritySettings.get());
  }

  static void apply(
      HttpServletRequest request, HttpServletResponse response, WebSecuritySettings settings) {
    response.setHeader("Content-Security-Policy", policy(nonce(request), settings.loginOrigin()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!isStatic(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (settings.overTls(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE);
    }
  }

  static String policy(String nonce, String loginOrigin) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-"
        + nonce
        + "'; img-src 'self' data: https:; font-src 'self'; connect-src 'self';"
        + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' "
        + loginOrigin;
  }

  /** One nonce per request, kept for the error page a request may end on. */
  public static String nonce(HttpServletRequest request) {
    Object existing = request.getAttribute(NONCE_ATTRIBUTE);
    if (existing instanceof String nonce) {
      return nonce;
    }
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String nonce = Base64.getEncoder().encodeToString(bytes);
    request.setAttribute(NONCE_ATTRIBUTE, nonce);
    return nonce;
  }

  /** Style sheets and logos, the same for everyone: cacheable, and they say so themselves. */
  static boolean isStatic(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
