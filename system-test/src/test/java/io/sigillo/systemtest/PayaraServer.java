package io.sigillo.systemtest;

import io.sigillo.it.support.Http;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Requests to the EAR on the test domain, through the shared {@link Http} helper: sent to the
 * loopback address with a tenant's Host header ({@code *.localhost} does not resolve through the
 * JVM's resolver here).
 */
final class PayaraServer {

  /** Payara derives every listener from the domain's port base; HTTP is base + 80. */
  private static final URL BASE = base(Integer.getInteger("sigillo.st.portbase", 27000) + 80);

  private PayaraServer() {}

  static HttpResponse<String> get(String path, String host) {
    return Http.get(BASE, path, host);
  }

  /** The server's own endpoints (health), which answer on any host name. */
  static HttpResponse<String> get(String path) {
    return Http.getRoot(BASE, path);
  }

  static HttpResponse<String> postJson(String path, String host, String json, String language) {
    return Http.post(
        BASE,
        path,
        host,
        "application/json",
        HttpRequest.BodyPublishers.ofString(json),
        "Accept",
        "application/json",
        "Accept-Language",
        language);
  }

  private static URL base(int port) {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
