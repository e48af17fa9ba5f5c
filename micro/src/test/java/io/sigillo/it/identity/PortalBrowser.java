package io.sigillo.it.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the portal's pages: cookies per host, redirects followed, {@code
 * *.localhost} reached on loopback with the Host header, and forms filled and submitted as a person
 * does — Keycloak's login form and the portal's Faces forms (hidden fields and view state kept, the
 * clicked button sent).
 */
final class PortalBrowser {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.DOTALL);

  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

  /** One response and the URL it answered. */
  record Page(URI url, int status, String body, HttpResponse<String> response) {

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    String path() {
      return url.getPath();
    }
  }

  static URI on(URL base, String host, String path) {
    return URI.create(
        "http://" + host + ":" + base.getPort() + base.getPath().replaceAll("/$", "") + path);
  }

  Page get(URI url) {
    return send(url, "GET", null);
  }

  Page open(URI url) {
    return follow(get(url));
  }

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

  /** Signs in on Keycloak's pages (username and password may be on two pages). */
  Page signIn(Page loginPage, String username, String password) {
    Page page = loginPage;
    for (int step = 0; step < 3 && isKeycloakLogin(page); step++) {
      Matcher form = FORM.matcher(page.body());
      if (!form.find()) {
        throw new IllegalStateException("no form on Keycloak's page");
      }
      Map<String, String> fields = inputs(form.group(2), null);
      fields.computeIfPresent("username", (k, v) -> username);
      fields.computeIfPresent("password", (k, v) -> password);
      page = post(page.url().resolve(unescape(attribute(form.group(1), "action"))), fields);
    }
    return page;
  }

  static boolean isKeycloakLogin(Page page) {
    return page.status() == 200
        && page.url().getPath().contains("/realms/")
        && (page.body().contains("name=\"username\"") || page.body().contains("name=\"password\""));
  }

  /**
   * Submits the Faces form {@code formId} of a page: its hidden fields as rendered, the given
   * fields (by component id, e.g. {@code code}) and the button clicked (by component id).
   */
  Page submit(Page page, String formId, Map<String, String> fields, String button) {
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (formId.equals(attribute(form.group(1), "id"))) {
        String buttonName = formId + ":" + button;
        Map<String, String> values = inputs(form.group(2), buttonName);
        if (!form.group(2).contains("name=\"" + buttonName + "\"")) {
          throw new IllegalStateException("no button " + buttonName + " on " + page.url());
        }
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        return post(page.url().resolve(unescape(attribute(form.group(1), "action"))), values);
      }
    }
    throw new IllegalStateException(
        "no form " + formId + " on " + page.url() + ":\n" + page.body());
  }

  /**
   * The fields a browser would send: every non-button input; of the buttons, only the clicked one.
   */
  private static Map<String, String> inputs(String form, String clicked) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String name = attribute(input.group(1), "name");
      if (name == null) {
        continue;
      }
      String type = attribute(input.group(1), "type");
      boolean button = "submit".equals(type) || "button".equals(type);
      if (button && !name.equals(clicked)) {
        continue;
      }
      if ("checkbox".equals(type) && !input.group(1).contains("checked")) {
        continue;
      }
      String value = attribute(input.group(1), "value");
      fields.put(name, value == null ? "" : unescape(value));
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  Page post(URI action, Map<String, String> fields) {
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

  private Page send(URI url, String method, String form) {
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
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofSeconds(60))
              .header("Accept", "text/html");
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

  static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
