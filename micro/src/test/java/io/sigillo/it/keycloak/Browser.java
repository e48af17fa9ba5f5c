package io.sigillo.it.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal browser for black-box login tests: follows redirects itself, keeps cookies per host
 * name (host-only, as the portal and Keycloak set them), and reaches {@code *.localhost} portals on
 * the loopback address with the right Host header, since those names do not resolve in Java.
 */
final class Browser {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          // HTTP/1.1: an upgraded HTTP/2 connection would send the URI's authority, not our Host
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

  /** One response and the logical URL it answered. */
  record Page(URI url, int status, String body, HttpResponse<String> response) {

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }
  }

  /** GET, not following redirects, with extra request headers (name, value, …). */
  Page get(URI url, String... headers) {
    return send(url, "GET", null, headers);
  }

  /** The URL of a path of the application under test, as reached on a given host name. */
  static URI on(URL base, String host, String path) {
    return URI.create(
        "http://" + host + ":" + base.getPort() + base.getPath().replaceAll("/$", "") + path);
  }

  /** GET, then every redirect, until a page that is not a redirect. */
  Page open(URI url) {
    return follow(get(url));
  }

  /** Submits a form (urlencoded) and follows the redirects. */
  Page submit(URI action, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return follow(send(action, "POST", body));
  }

  /** Follows redirects from a response already received. */
  Page follow(Page page) {
    Page current = page;
    for (int hops = 0; isRedirect(current.status()); hops++) {
      if (hops > 15) {
        throw new IllegalStateException("redirect loop at " + current.url());
      }
      current = get(current.url().resolve(current.header("Location")));
    }
    return current;
  }

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307;
  }

  /** The value of a cookie this browser holds for a host, e.g. the portal's JSESSIONID. */
  String cookie(String host, String name) {
    return cookies.getOrDefault(host, Map.of()).get(name);
  }

  /** Plants a cookie, as an attacker or a misbehaving client would. */
  void setCookie(String host, String name, String value) {
    cookies.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(name, value);
  }

  private Page send(URI url, String method, String form, String... headers) {
    try {
      boolean localhostName = url.getHost().endsWith(".localhost");
      URI target =
          localhostName
              ? new URI(
                  url.getScheme(),
                  null,
                  "127.0.0.1",
                  url.getPort(),
                  url.getPath(),
                  url.getQuery(),
                  null)
              : url;
      HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      if (localhostName) {
        request.header("Host", url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""));
      }
      String cookieHeader =
          cookies.getOrDefault(url.getHost(), Map.of()).entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; "));
      if (!cookieHeader.isEmpty()) {
        request.header("Cookie", cookieHeader);
      }
      if ("POST".equals(method)) {
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
      } else {
        request.GET();
      }
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      store(url.getHost(), response.headers().allValues("Set-Cookie"));
      return new Page(url, response.statusCode(), response.body(), response);
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(method + " " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void store(String host, List<String> setCookies) {
    Map<String, String> jar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
    for (String header : setCookies) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      boolean expired =
          value.isEmpty()
              || header.toLowerCase().contains("max-age=0")
              || header.contains("Expires=Thu, 01 Jan 1970")
              || header.contains("Expires=Thu, 01-Jan-1970");
      if (expired) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
    }
  }

  /** Names of the cookies held for a host. */
  List<String> cookieNames(String host) {
    return new ArrayList<>(cookies.getOrDefault(host, Map.of()).keySet());
  }
}
