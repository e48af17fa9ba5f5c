package io.sigillo.selfcare.web.hardening;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The deployment's choices for headers and cookies, read once from MicroProfile Config.
 *
 * <p>{@code sigillo.web.secure-cookies}: {@code auto} (default) marks cookies {@code Secure} and
 * sends HSTS when the request came over TLS: {@link HttpServletRequest#isSecure()}, or {@code
 * X-Forwarded-Proto: https} from a proxy listed in {@code sigillo.web.trusted-proxies} (default the
 * loopback addresses, where a TLS-terminating proxy on the same host connects from). The header is
 * believed only from those addresses because anyone can send it. {@code always} is for a deployment
 * that is only ever reached over TLS through a proxy that does not send the header; {@code never}
 * is for plain-http development only.
 */
public final class WebSecuritySettings {

  enum SecureCookies {
    AUTO,
    ALWAYS,
    NEVER
  }

  private static final class Holder {
    private static final WebSecuritySettings INSTANCE = fromConfig();
  }

  private final SecureCookies secureCookies;
  private final Set<String> trustedProxies;
  private final String loginOrigin;

  WebSecuritySettings(SecureCookies secureCookies, Set<String> trustedProxies, String loginOrigin) {
    this.secureCookies = secureCookies;
    this.trustedProxies = trustedProxies;
    this.loginOrigin = loginOrigin;
  }

  public static WebSecuritySettings get() {
    return Holder.INSTANCE;
  }

  private static WebSecuritySettings fromConfig() {
    Config config = ConfigProvider.getConfig();
    SecureCookies mode =
        SecureCookies.valueOf(
            config
                .getOptionalValue("sigillo.web.secure-cookies", String.class)
                .orElse("auto")
                .trim()
                .toUpperCase(Locale.ROOT));
    Set<String> proxies =
        config
            .getOptionalValues("sigillo.web.trusted-proxies", String.class)
            .orElse(List.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1"))
            .stream()
            .map(String::trim)
            .collect(Collectors.toUnmodifiableSet());
    String keycloak =
        config
            .getOptionalValue("sigillo.keycloak.url", String.class)
            .orElse("http://localhost:8180");
    return new WebSecuritySettings(mode, proxies, origin(keycloak));
  }

  /** Scheme, host and port of a URL: what CSP source expressions name. */
  static String origin(String url) {
    URI uri = URI.create(url.trim());
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
  }

  /** Whether this request reached the portal over TLS, as far as the portal can trust. */
  public boolean overTls(HttpServletRequest request) {
    return switch (secureCookies) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          request.isSecure()
              || ("https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
                  && trustedProxies.contains(request.getRemoteAddr()));
    };
  }

  /**
   * Keycloak's origin: a form posted to the portal may be answered with a redirect to the login
   * (session expired), and Chromium applies {@code form-action} to that redirect too.
   */
  public String loginOrigin() {
    return loginOrigin;
  }
}
