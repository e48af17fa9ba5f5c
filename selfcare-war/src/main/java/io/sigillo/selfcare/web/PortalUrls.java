package io.sigillo.selfcare.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute addresses of this portal on the host and port the browser used, for links that leave the
 * page (login callbacks, e-mails): the tenant is the host, so the link must name it.
 */
public final class PortalUrls {

  private PortalUrls() {}

  /** {@code scheme://host[:port]/context} followed by {@code path}. */
  public static String absolute(HttpServletRequest request, String path) {
    return onHost(request, request.getServerName(), path);
  }

  /**
   * The same address on another host of this server, e.g. a tenant's portal named in an answer to a
   * tenantless call (Keycloak's level-2 step links to the person's self-care page): scheme, port
   * and context as the request reached this server.
   */
  public static String onHost(HttpServletRequest request, String host, String path) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + host
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath()
        + path;
  }
}
