package io.sigillo.selfcare.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.selfcare.web.hardening.WebSecuritySettings.SecureCookies;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebSecuritySettingsTest {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1");

  @Test
  void autoTrustsTlsAndTheForwardedProtoOnlyFromATrustedProxy() {
    WebSecuritySettings auto = new WebSecuritySettings(SecureCookies.AUTO, LOOPBACK, "x");
    assertThat(auto.overTls(request(true, "203.0.113.9", null))).isTrue();
    assertThat(auto.overTls(request(false, "127.0.0.1", null))).isFalse();
    assertThat(auto.overTls(request(false, "127.0.0.1", "https"))).isTrue();
    // anyone can send the header: from elsewhere it proves nothing
    assertThat(auto.overTls(request(false, "203.0.113.9", "https"))).isFalse();
    assertThat(auto.overTls(request(false, "127.0.0.1", "http"))).isFalse();
  }

  @Test
  void alwaysAndNeverDoNotLookAtTheRequest() {
    assertThat(
            new WebSecuritySettings(SecureCookies.ALWAYS, LOOPBACK, "x")
                .overTls(request(false, "203.0.113.9", null)))
        .isTrue();
    assertThat(
            new WebSecuritySettings(SecureCookies.NEVER, LOOPBACK, "x")
                .overTls(request(true, "127.0.0.1", "https")))
        .isFalse();
  }

  @Test
  void theLoginOriginIsSchemeHostAndPort() {
    assertThat(WebSecuritySettings.origin("http://localhost:8180/"))
        .isEqualTo("http://localhost:8180");
    assertThat(WebSecuritySettings.origin("https://login.example.it/auth"))
        .isEqualTo("https://login.example.it");
  }

  private static HttpServletRequest request(boolean secure, String remote, String forwardedProto) {
    Map<String, String> headers =
        forwardedProto == null ? Map.of() : Map.of("X-Forwarded-Proto", forwardedProto);
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            WebSecuritySettingsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> headers.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
