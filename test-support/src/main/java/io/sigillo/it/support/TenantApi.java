package io.sigillo.it.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls to the portal's API as one caller on one tenant's host: connected to the loopback address
 * with the tenant's Host header and the caller's bearer token (none when the token is null, as an
 * anonymous caller). Shared by the holder and OTP API tests so both speak to the API alike.
 */
public final class TenantApi {

  private static final HttpClient CLIENT = Http.client();

  private final URL base;
  private final String host;
  private final String token;

  public TenantApi(URL base, String host, String token) {
    this.base = base;
    this.host = host;
    this.token = token;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(json(request(path), "POST", json), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> put(String path, String json) {
    return send(json(request(path), "PUT", json), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> postForBytes(String path, String json) {
    return send(json(request(path), "POST", json), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> postFile(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Any method with an optional body of any type and extra request headers (name, value, …), for
   * calls the shortcuts above do not cover (a CSV upload, a DELETE).
   */
  public HttpResponse<String> send(
      String method, String path, String contentType, String body, String... headers) {
    return send(
        Http.withBody(request(path), method, contentType, body, headers),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The first group of the pattern in the body; fails the test when absent. */
  public static String group(String pattern, String body) {
    Matcher matcher = Pattern.compile(pattern).matcher(body);
    if (!matcher.find()) {
      throw new AssertionError(pattern + " not found in " + body);
    }
    return matcher.group(1);
  }

  private HttpRequest.Builder request(String path) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
              .timeout(Duration.ofSeconds(120))
              .header("Host", host + ":" + base.getPort())
              .header("Accept", "application/json, application/pdf");
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return request;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(path, e);
    }
  }

  private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String json) {
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json));
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return CLIENT.send(request.build(), handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
