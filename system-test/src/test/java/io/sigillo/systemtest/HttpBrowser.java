package io.sigillo.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without a screen, as much of micro's {@code it.support.HttpBrowser} as a
 * sign-in needs, with the same names and signatures so the system test can take the shared one
 * ({@code test-support}) by changing its imports: it follows redirects itself, keeps cookies per
 * host name (Keycloak's are {@code Secure}, which the JDK's cookie manager would not send over
 * plain HTTP), reaches {@code *.localhost} portals on the loopback address with their Host header,
 * and fills Keycloak's login pages as a person does.
 */
final class HttpBrowser {

  private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(input|select|textarea)([^>]*)>", Pattern.DOTALL);

  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

  /** One response and the logical URL it answered. */
  record Page(URI url, int status, String body, HttpResponse<String> response) {

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }
  }

  /** The URL of a path of the application under test, as reached on a given host name. */
  static URI on(URL base, String host, String path) {
    return URI.create("http://" + host + ":" + base.getPort() + path);
  }

  /** GET, not following redirects. */
  Page get(URI url) {
    return send(url, null);
  }

  /** GET, then every redirect, until a page that is not a redirect. */
  Page open(URI url) {
    return follow(get(url));
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

  static boolean isKeycloakLogin(Page page) {
    return page.status() == 200
        && page.url().getPath().contains("/realms/")
        && (page.body().contains("name=\"username\"") || page.body().contains("name=\"password\""));
  }

  /**
   * Signs in on Keycloak's pages; returns the first page after them. With Organizations on,
   * Keycloak asks for the username first and the password on a second page, so each page is read
   * for the fields it actually has.
   */
  Page signIn(Page loginPage, String username, String password) {
    Page page = loginPage;
    for (int step = 0; step < 3 && isKeycloakLogin(page); step++) {
      Matcher form = FORM.matcher(page.body());
      if (!form.find()) {
        throw new IllegalStateException("no form on Keycloak's page: " + page.body());
      }
      Map<String, String> fields = fields(form.group(2));
      fields.computeIfPresent("username", (k, v) -> username);
      fields.computeIfPresent("password", (k, v) -> password);
      page = post(page.url().resolve(unescape(attribute(form.group(1), "action"))), fields);
    }
    return page;
  }

  /** Posts a form (urlencoded) and follows the redirects. */
  Page post(URI action, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return follow(send(action, body));
  }

  /** The value of a cookie this browser holds for a host, e.g. the portal's JSESSIONID. */
  String cookie(String forHost, String name) {
    return cookies.getOrDefault(forHost, Map.of()).get(name);
  }

  static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  private Page send(URI url, String form) {
    var request =
        java.net.http.HttpRequest.newBuilder(loopback(url))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/html");
    if (url.getHost().endsWith(".localhost")) {
      request.header("Host", url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""));
    }
    cookieHeader(url.getHost()).ifPresent(c -> request.header("Cookie", c));
    if (form != null) {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
    } else {
      request.GET();
    }
    try {
      HttpResponse<String> response =
          PayaraServer.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
      store(url.getHost(), response);
      return new Page(url, response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException((form == null ? "GET " : "POST ") + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code *.localhost} does not resolve through the JVM's resolver here: go to 127.0.0.1. */
  private static URI loopback(URI url) {
    if (!url.getHost().endsWith(".localhost")) {
      return url;
    }
    try {
      return new URI(
          url.getScheme(), null, "127.0.0.1", url.getPort(), url.getPath(), url.getQuery(), null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<String> cookieHeader(String forHost) {
    String header =
        cookies.getOrDefault(forHost, Map.of()).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return header.isEmpty() ? Optional.empty() : Optional.of(header);
  }

  private void store(String forHost, HttpResponse<String> response) {
    Map<String, String> jar = cookies.computeIfAbsent(forHost, h -> new LinkedHashMap<>());
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      boolean expired =
          value.isEmpty()
              || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")
              || header.contains("Expires=Thu, 01 Jan 1970")
              || header.contains("Expires=Thu, 01-Jan-1970");
      if (expired) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
    }
  }

  /** The fields a browser would send: inputs and selects as rendered, no buttons. */
  private static Map<String, String> fields(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher field = FIELD.matcher(form);
    while (field.find()) {
      String name = attribute(field.group(2), "name");
      String type = attribute(field.group(2), "type");
      if (name == null || "submit".equals(type) || "button".equals(type)) {
        continue;
      }
      if (("radio".equals(type) || "checkbox".equals(type))
          && !field.group(2).contains("checked")) {
        continue;
      }
      String value = attribute(field.group(2), "value");
      fields.put(name, value == null ? "" : unescape(value));
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }
}
