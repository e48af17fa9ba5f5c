package io.sigillo.selfcare.web.hardening;

import io.sigillo.selfcare.error.ErrorResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Puts {@link SecurityHeaders} and hardened cookies on every answer that passes the filter chain,
 * and refuses API calls that change something when a browser says they come from another site.
 * Declared by annotation so it runs after the filters of web.xml (the tenant is known by then).
 */
@WebFilter(
    filterName = "security-headers",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    boolean overTls = WebSecuritySettings.get().overTls(request);
    if (request.getDispatcherType() == DispatcherType.REQUEST && crossSiteApiCall(request)) {
      CookieAttributes.harden(response, overTls);
      ErrorResponses.send(request, response, WebSecurityError.CROSS_SITE_REQUEST);
      return;
    }
    CookieHardeningResponse hardening = new CookieHardeningResponse(request, response, overTls);
    try {
      chain.doFilter(request, hardening);
    } finally {
      hardening.hardenCookies();
    }
  }

  /**
   * A state-changing API call that would ride on the session cookie, from a page of another site.
   * Bearer-token calls carry their credential explicitly and cannot be forged by a page. Browsers
   * send {@code Sec-Fetch-Site} (only {@code same-origin} and {@code none}, typed by the person,
   * are the portal's own; {@code same-site} is a sibling tenant's portal) and {@code Origin} on
   * such requests; a client that sends neither is not a browser acting for a page, and a page
   * cannot send the JSON the API requires across sites without a CORS preflight the portal never
   * grants.
   */
  static boolean crossSiteApiCall(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") || SAFE_METHODS.contains(request.getMethod())) {
      return false;
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    return origin != null && !Origins.sameAuthority(origin, request.getHeader("Host"));
  }
}
