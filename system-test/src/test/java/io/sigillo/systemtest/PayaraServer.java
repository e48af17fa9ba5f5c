package io.sigillo.systemtest;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests to the EAR on the test domain, sent to the loopback address with a tenant's Host header
 * ({@code *.localhost} does not resolve through the JVM's resolver here).
 */
final class PayaraServer {

  /** Payara derives every listener from the domain's port base; HTTP is base + 80. */
  private static final int HTTP_PORT = Integer.getInteger("sigillo.st.portbase", 27000) + 80;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          // plain HTTP/1.1: with the h2c upgrade offer the client adds, Payara answered POSTs with
          // 404
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private PayaraServer() {}

  /** The application's root on the loopback address, as micro's tests get it from Arquillian. */
  static URL base() {
    try {
      return URI.create("http://127.0.0.1:" + HTTP_PORT + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The client every helper here shares: HTTP/1.1 (see above; HTTP/2 would also carry the URI's
   * authority instead of a tenant's Host header) and redirects left to the caller.
   */
  static HttpClient client() {
    return CLIENT;
  }

  static HttpResponse<String> get(String path, String host) {
    return send(request(path, host).GET());
  }

  /** The server's own endpoints (health), which answer on any host name. */
  static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET());
  }

  static HttpResponse<String> postJson(String path, String host, String json, String language) {
    return send(
        request(path, host)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON POST with a Keycloak access token, as a tenant's back end calls the API. */
  static HttpResponse<String> postJsonWithToken(
      String path, String host, String bearer, String json) {
    return send(
        request(path, host)
            .header("Authorization", "Bearer " + bearer)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpRequest.Builder request(String path, String host) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .header("Host", host + ":" + HTTP_PORT);
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + HTTP_PORT + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request to the Payara Server domain failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
