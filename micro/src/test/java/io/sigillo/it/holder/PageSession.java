package io.sigillo.it.holder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
 * One person's browser on the portal, without a screen: cookies per host, redirects followed,
 * {@code *.localhost} reached on loopback with its Host header, Keycloak's login pages and the
 * portal's Faces forms filled as a person does (hidden fields and view state kept, only the clicked
 * button sent). Also calls the API with the same session, as the pages' scripts would.
 */
final class PageSession {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(input|select|textarea)([^>]*)>", Pattern.DOTALL);

  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
  private final URL base;
  private final String host;

  record Page(URI url, int status, String body) {}

  PageSession(URL base, String host) {
    this.base = base;
    this.host = host;
  }

  URI at(String path) {
    return URI.create(
        "http://" + host + ":" + base.getPort() + base.getPath().replaceAll("/$", "") + path);
  }

  Page open(String path) {
    return follow(send(at(path), "GET", null, null));
  }

  /** Keycloak's login pages (username and password may come on two pages). */
  Page signIn(Page login, String username, String password) {
    Page page = login;
    for (int step = 0; step < 3 && page.url().getPath().contains("/realms/"); step++) {
      Matcher form = FORM.matcher(page.body());
      if (!form.find()) {
        throw new IllegalStateException("no form on Keycloak's page: " + page.body());
      }
      Map<String, String> fields = fields(form.group(2), null);
      fields.computeIfPresent("username", (k, v) -> username);
      fields.computeIfPresent("password", (k, v) -> password);
      page = post(page.url().resolve(unescape(attribute(form.group(1), "action"))), fields);
    }
    return page;
  }

  /** Submits the Faces form {@code formId}: given fields by component id, the button clicked. */
  Page submit(Page page, String formId, Map<String, String> values, String button) {
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (formId.equals(attribute(form.group(1), "id"))) {
        String clicked = formId + ":" + button;
        if (!form.group(2).contains("name=\"" + clicked + "\"")) {
          throw new IllegalStateException("no button " + clicked + " in\n" + page.body());
        }
        Map<String, String> fields = fields(form.group(2), clicked);
        values.forEach((id, value) -> fields.put(formId + ":" + id, value));
        return post(page.url().resolve(unescape(attribute(form.group(1), "action"))), fields);
      }
    }
    throw new IllegalStateException("no form " + formId + " in\n" + page.body());
  }

  /** A JSON call to the API with this session's cookie. */
  HttpResponse<String> api(String path, String json) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(loopback(at(path)))
              .timeout(Duration.ofSeconds(60))
              .header("Host", host + ":" + base.getPort())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      cookie(host).ifPresent(c -> request.header("Cookie", c));
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Page post(URI action, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return follow(send(action, "POST", body, "application/x-www-form-urlencoded"));
  }

  private Page follow(Page page) {
    Page current = page;
    for (int hops = 0; current.status() / 100 == 3; hops++) {
      if (hops > 15) {
        throw new IllegalStateException("redirect loop at " + current.url());
      }
      current = send(current.url().resolve(location), "GET", null, null);
    }
    return current;
  }

  private String location = "";

  private Page send(URI url, String method, String body, String type) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(loopback(url))
              .timeout(Duration.ofSeconds(60))
              .header("Accept", "text/html");
      if (url.getHost().endsWith(".localhost")) {
        request.header("Host", url.getHost() + ":" + url.getPort());
      }
      cookie(url.getHost()).ifPresent(c -> request.header("Cookie", c));
      if (body != null) {
        request.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
      } else {
        request.GET();
      }
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      store(url.getHost(), response.headers().allValues("Set-Cookie"));
      location = response.headers().firstValue("Location").orElse("");
      return new Page(url, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

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

  private java.util.Optional<String> cookie(String forHost) {
    String header =
        cookies.getOrDefault(forHost, Map.of()).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return header.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(header);
  }

  private void store(String forHost, List<String> setCookies) {
    Map<String, String> jar = cookies.computeIfAbsent(forHost, h -> new LinkedHashMap<>());
    for (String header : setCookies) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String value = pair.substring(eq + 1).trim();
        if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
          jar.remove(pair.substring(0, eq).trim());
        } else {
          jar.put(pair.substring(0, eq).trim(), value);
        }
      }
    }
  }

  /** What a browser sends: inputs (checked ones for radios), selects' chosen option, the button. */
  private static Map<String, String> fields(String form, String clicked) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher field = FIELD.matcher(form);
    while (field.find()) {
      String name = attribute(field.group(2), "name");
      if (name == null) {
        continue;
      }
      String type = attribute(field.group(2), "type");
      if (("submit".equals(type) || "button".equals(type)) && !name.equals(clicked)) {
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

  static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
