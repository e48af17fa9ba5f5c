package io.sigillo.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests to the application under test as a browser on a tenant's host name would make them:
 * connected to the loopback address, with the tenant's Host header ({@code *.localhost} does not
 * resolve through the JVM's resolver here).
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          // HTTP/2 would carry the URI's authority instead of our Host header
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  /**
   * The client every helper here shares: HTTP/1.1 (HTTP/2 would carry the URI's authority instead
   * of the Host header a tenant is found by) and redirects left to the caller, so tests see them.
   */
  static HttpClient client() {
    return CLIENT;
  }

  public static HttpResponse<String> get(URL base, String path, String host, String... headers) {
    try {
      URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .header("Host", host + ":" + base.getPort());
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("request to " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A POST to a tenant's portal without a session: the body as given (a byte array carries its
   * Content-Length, an input stream is sent chunked, without one).
   */
  public static HttpResponse<String> post(
      URL base,
      String path,
      String host,
      String contentType,
      HttpRequest.BodyPublisher body,
      String... headers) {
    try {
      URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(60))
              .header("Host", host + ":" + base.getPort())
              .header("Content-Type", contentType);
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return CLIENT.send(request.POST(body).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("request to " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Any request as a careless or hostile client sends it: the method, the Host header (null: the
   * URI's own), the content type and body (null: none) and extra headers (name, value, …) exactly
   * as given, on a URI the caller built (see {@link #root}).
   */
  public static HttpResponse<String> send(
      URI uri, String method, String host, String contentType, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    if (host != null) {
      request.header("Host", host);
    }
    withBody(request, method, contentType, body, headers);
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sets the method, the body as a string (null: none), its content type (null: none) and extra
   * headers (name, value, …) exactly as given, for helpers that send any request a test asks for.
   */
  static HttpRequest.Builder withBody(
      HttpRequest.Builder request,
      String method,
      String contentType,
      String body,
      String... headers) {
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  /** A path (and query) on the server root, outside the application's context path. */
  public static URI root(URL base, String pathAndQuery) {
    return URI.create(
        base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + pathAndQuery);
  }

  /** A URL on the server root (outside the application's context path), e.g. {@code /health}. */
  public static HttpResponse<String> getRoot(URL base, String path) {
    try {
      URI uri = new URI(base.getProtocol(), null, base.getHost(), base.getPort(), path, null, null);
      return CLIENT.send(
          HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("request to " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
