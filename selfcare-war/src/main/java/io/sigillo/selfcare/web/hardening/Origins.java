package io.sigillo.selfcare.web.hardening;

import java.net.URI;
import java.util.Locale;

/** Comparing a browser's {@code Origin} with the host name and port the request was sent to. */
final class Origins {

  private Origins() {}

  /**
   * Whether {@code origin} names the host (and port) of {@code host}. The scheme is not compared:
   * behind a TLS-terminating proxy the page is https while the portal is reached over http.
   */
  static boolean sameAuthority(String origin, String host) {
    if (host == null || origin == null || origin.equals("null")) {
      return false;
    }
    URI uri;
    try {
      uri = URI.create(origin.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (uri.getHost() == null) {
      return false;
    }
    String authority = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    return withoutDefaultPort(authority).equals(withoutDefaultPort(host));
  }

  private static String withoutDefaultPort(String authority) {
    String lower = authority.trim().toLowerCase(Locale.ROOT);
    if (lower.endsWith(":80")) {
      return lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith(":443")) {
      return lower.substring(0, lower.length() - 4);
    }
    return lower;
  }
}
