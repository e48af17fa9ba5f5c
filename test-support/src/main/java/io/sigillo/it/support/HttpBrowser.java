package io.sigillo.it.support;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without a screen: it follows redirects itself, keeps cookies per host name
 * (host-only, as the portal and Keycloak set them), reaches {@code *.localhost} portals on the
 * loopback address with the right Host header (those names do not resolve in Java), and fills
 * Keycloak's login pages and the portal's Faces forms as a person does (hidden fields and view
 * state kept, only the clicked button sent). Bound to a portal, it also calls the API with the same
 * session, as the pages' scripts would.
 */
public final class HttpBrowser {

  private static final HttpClient CLIENT = Http.client();
  private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(input|select|textarea)([^>]*)>", Pattern.DOTALL);

  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
  private final List<String> setCookies = new ArrayList<>();
  private final URL base;
  private final String host;
  private final boolean acceptHtml;
  private String signedInAs;
  private boolean autoStaffStepUp = true;
  private boolean steppingUp;

  /** One response and the logical URL it answered. */
  public record Page(URI url, int status, String body, HttpResponse<String> response) {

    public String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    public String path() {
      return url.getPath();
    }
  }

  /** A browser asking for pages ({@code Accept: text/html}), as a person's does. */
  public HttpBrowser() {
    this(null, null, true);
  }

  /** A browser on one tenant's portal: paths are relative to it and {@link #api} calls it. */
  public HttpBrowser(URL base, String host) {
    this(base, host, true);
  }

  private HttpBrowser(URL base, String host, boolean acceptHtml) {
    this.base = base;
    this.host = host;
    this.acceptHtml = acceptHtml;
  }

  /**
   * A client that states no preference (no Accept header): the login tests prove what the server
   * chooses on its own, e.g. JSON errors for API paths.
   */
  public static HttpBrowser withoutAccept() {
    return new HttpBrowser(null, null, false);
  }

  /** The URL of a path of the application under test, as reached on a given host name. */
  public static URI on(URL base, String host, String path) {
    return URI.create(
        "http://" + host + ":" + base.getPort() + base.getPath().replaceAll("/$", "") + path);
  }

  /** A path on the portal this browser is bound to. */
  public URI at(String path) {
    return on(base, host, path);
  }

  /** GET, not following redirects, with extra request headers (name, value, …). */
  public Page get(URI url, String... headers) {
    return send(url, "GET", null, headers);
  }

  /** GET, then every redirect, until a page that is not a redirect. */
  public Page open(URI url) {
    return follow(get(url));
  }

  /** {@link #open(URI)} of a path on the portal this browser is bound to. */
  public Page open(String path) {
    return open(at(path));
  }

  /**
   * Follows redirects from a response already received. A staff step-up page on the way is answered
   * with a code of the staff member's app ({@link StaffApps}, registered on first sight) unless
   * {@link #manualStaffStepUp} was called or no {@link StaffApps} is installed, and the page it
   * leads to is returned.
   */
  public Page follow(Page page) {
    Page current = page;
    for (int hops = 0; isRedirect(current.status()); hops++) {
      if (hops > 15) {
        throw new IllegalStateException("redirect loop at " + current.url());
      }
      current = get(current.url().resolve(current.header("Location")));
    }
    return staffStepUp(current);
  }

  /** From now on the staff step-up page is returned as it is, for tests of the step-up itself. */
  public HttpBrowser manualStaffStepUp() {
    autoStaffStepUp = false;
    return this;
  }

  private Page staffStepUp(Page page) {
    if (!autoStaffStepUp
        || steppingUp
        || signedInAs == null
        || page.status() != 200
        || !page.url().getPath().endsWith("/staff/")) {
      return page;
    }
    Optional<StaffApps> installed = StaffApps.installed();
    if (installed.isEmpty()) {
      return page;
    }
    StaffApps apps = installed.get();
    String tenant = apps.tenantOf(page.url().getHost());
    steppingUp = true;
    try {
      Page current = page;
      if (!current.body().contains("id=\"staffcode\"") && !apps.registered(tenant, signedInAs)) {
        apps.register(tenant, signedInAs);
        current = open(current.url());
      }
      if (!current.body().contains("id=\"staffcode\"")) {
        return current;
      }
      String code = apps.nextCode(tenant, signedInAs);
      return submit(current, "staffcode", Map.of("code", code), "verify");
    } finally {
      steppingUp = false;
    }
  }

  public static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307;
  }

  public static boolean isKeycloakLogin(Page page) {
    return page.status() == 200
        && page.url().getPath().contains("/realms/")
        && (page.body().contains("name=\"username\"") || page.body().contains("name=\"password\""));
  }

  /**
   * Whether a page is Keycloak's "Sigillo level 2" step: its code form or one of its notices (clock
   * drift, locked, no method, ...). The portal sends a signed-in person there for its level-2
   * pages.
   */
  public static boolean isLevelTwoStep(Page page) {
    return page.status() == 200
        && page.url().getPath().contains("/realms/")
        && page.body().contains("id=\"sigillo-level-two\"");
  }

  /**
   * Answers Keycloak's level-2 step with a code sent by SMS: asks for the SMS, types the code the
   * test's SMSC received; returns the page after the step (the page the person asked for, or the
   * step again with its answer).
   */
  public Page levelTwoBySms(Page step, Smsc smsc) throws InterruptedException {
    Page sent = submitHtml(step, "sigillo-l2-sms-send", Map.of());
    return submitHtml(sent, "sigillo-l2-sms", Map.of("code", smsc.next().code()));
  }

  /** Answers Keycloak's level-2 step with a code of the person's OTP app. */
  public Page levelTwoByApp(Page step, String code) {
    return submitHtml(step, "sigillo-l2-app", Map.of("code", code));
  }

  /**
   * Signs in on Keycloak's pages; returns the first page after them. With Organizations on,
   * Keycloak asks for the username first and the password on a second page, so each page is read
   * for the fields it actually has.
   */
  public Page signIn(Page loginPage, String username, String password) {
    signedInAs = username;
    Page page = loginPage;
    for (int step = 0; step < 3 && isKeycloakLogin(page); step++) {
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

  /**
   * Submits the Faces form {@code formId} of a page: its fields as rendered, the given fields (by
   * component id, e.g. {@code code}) and the button clicked (by component id).
   */
  public Page submit(Page page, String formId, Map<String, String> values, String button) {
    Form form = form(page, formId, values, button);
    return post(form.action(), form.fields());
  }

  /**
   * Submits a plain HTML form of a page (a Keycloak page's, not a Faces form), found by its id: its
   * fields as rendered (hidden ones kept) with the given values by field name; follows redirects.
   */
  public Page submitHtml(Page page, String formId, Map<String, String> values) {
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (formId.equals(attribute(form.group(1), "id"))) {
        Map<String, String> fields = fields(form.group(2), null);
        fields.putAll(values);
        return post(page.url().resolve(unescape(attribute(form.group(1), "action"))), fields);
      }
    }
    throw new IllegalStateException(
        "no form " + formId + " on " + page.url() + ":\n" + page.body());
  }

  /** What a submit would post, to send it later, several times at once, or tampered with. */
  public record Form(URI action, Map<String, String> fields) {}

  /** The action and fields {@link #submit} would post, without posting them. */
  public Form form(Page page, String formId, Map<String, String> values, String button) {
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (formId.equals(attribute(form.group(1), "id"))) {
        String clicked = formId + ":" + button;
        if (!form.group(2).contains("name=\"" + clicked + "\"")) {
          throw new IllegalStateException(
              "no button " + clicked + " on " + page.url() + ":\n" + page.body());
        }
        Map<String, String> fields = fields(form.group(2), clicked);
        values.forEach((id, value) -> fields.put(formId + ":" + id, value));
        return new Form(page.url().resolve(unescape(attribute(form.group(1), "action"))), fields);
      }
    }
    throw new IllegalStateException(
        "no form " + formId + " on " + page.url() + ":\n" + page.body());
  }

  /**
   * Every form of a page as {@link #form} would post it: once per submit button (each clicked in
   * turn), or once with no button when the form has none.
   */
  public List<Form> forms(Page page) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      String id = attribute(form.group(1), "id");
      String action = attribute(form.group(1), "action");
      if (id == null || action == null) {
        continue;
      }
      URI target = page.url().resolve(unescape(action));
      List<String> buttons = new ArrayList<>();
      Matcher field = FIELD.matcher(form.group(2));
      while (field.find()) {
        String name = attribute(field.group(2), "name");
        if (name != null && "submit".equals(attribute(field.group(2), "type"))) {
          buttons.add(name);
        }
      }
      if (buttons.isEmpty()) {
        forms.add(new Form(target, fields(form.group(2), null)));
      }
      for (String button : buttons) {
        forms.add(new Form(target, fields(form.group(2), button)));
      }
    }
    return forms;
  }

  /**
   * Submits a Faces form with {@code enctype="multipart/form-data"} as a browser does: its fields
   * as rendered, the given fields and one file (by component id), the button clicked. Follows the
   * redirects.
   */
  public Page submitMultipart(
      Page page,
      String formId,
      Map<String, String> values,
      String fileField,
      String fileName,
      byte[] file,
      String button) {
    Matcher form = FORM.matcher(page.body());
    while (form.find()) {
      if (formId.equals(attribute(form.group(1), "id"))) {
        Map<String, String> fields = fields(form.group(2), formId + ":" + button);
        values.forEach((id, value) -> fields.put(formId + ":" + id, value));
        fields.remove(formId + ":" + fileField);
        String boundary = "----sigillo" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach(
            (name, value) ->
                body.writeBytes(
                    ("--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + name
                            + "\"\r\n\r\n"
                            + value
                            + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + formId
                    + ":"
                    + fileField
                    + "\"; filename=\""
                    + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI action = page.url().resolve(unescape(attribute(form.group(1), "action")));
        return follow(
            send(
                action,
                "POST",
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary));
      }
    }
    throw new IllegalStateException(
        "no form " + formId + " on " + page.url() + ":\n" + page.body());
  }

  /** Posts a form (urlencoded) and follows the redirects. */
  public Page post(URI action, Map<String, String> fields) {
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

  /** A JSON POST to the bound portal's API with this session's cookies. */
  public HttpResponse<String> api(String path, String json) {
    URI url = at(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(loopback(url))
            .timeout(Duration.ofSeconds(60))
            .header("Host", host + ":" + base.getPort())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    cookieHeader(url.getHost()).ifPresent(c -> request.header("Cookie", c));
    return exchange(request.build(), "POST " + url);
  }

  /**
   * Any call to the bound portal's API with this session's cookies: the method, the content type
   * and the body as given (null: none) and extra request headers (name, value, …), as a page of
   * another site or a careless client would send them.
   */
  public HttpResponse<String> api(
      String method, String path, String contentType, String body, String... headers) {
    URI url = at(path);
    HttpRequest.Builder request =
        Http.withBody(
            HttpRequest.newBuilder(loopback(url))
                .timeout(Duration.ofSeconds(60))
                .header("Host", host + ":" + base.getPort()),
            method,
            contentType,
            body,
            headers);
    cookieHeader(url.getHost()).ifPresent(c -> request.header("Cookie", c));
    return exchange(request.build(), method + " " + url);
  }

  /** Every {@code Set-Cookie} header this browser received, as sent, oldest first. */
  public List<String> setCookieHeaders() {
    return List.copyOf(setCookies);
  }

  /** The value of a cookie this browser holds for a host, e.g. the portal's JSESSIONID. */
  public synchronized String cookie(String forHost, String name) {
    return cookies.getOrDefault(forHost, Map.of()).get(name);
  }

  /** Plants a cookie, as an attacker or a misbehaving client would. */
  public synchronized void setCookie(String forHost, String name, String value) {
    cookies.computeIfAbsent(forHost, h -> new LinkedHashMap<>()).put(name, value);
  }

  /** Names of the cookies held for a host. */
  public synchronized List<String> cookieNames(String forHost) {
    return new ArrayList<>(cookies.getOrDefault(forHost, Map.of()).keySet());
  }

  public static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  private Page send(URI url, String method, String form, String... headers) {
    return send(
        url,
        method,
        form == null ? null : HttpRequest.BodyPublishers.ofString(form),
        "application/x-www-form-urlencoded",
        headers);
  }

  private Page send(
      URI url,
      String method,
      HttpRequest.BodyPublisher form,
      String contentType,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(loopback(url)).timeout(Duration.ofSeconds(60));
    if (acceptHtml) {
      request.header("Accept", "text/html");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (url.getHost().endsWith(".localhost")) {
      request.header("Host", url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""));
    }
    cookieHeader(url.getHost()).ifPresent(c -> request.header("Cookie", c));
    if ("POST".equals(method)) {
      request.header("Content-Type", contentType).POST(form);
    } else {
      request.GET();
    }
    HttpResponse<String> response = exchange(request.build(), method + " " + url);
    store(url.getHost(), response.headers().allValues("Set-Cookie"));
    return new Page(url, response.statusCode(), response.body(), response);
  }

  private static HttpResponse<String> exchange(HttpRequest request, String what) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(what + " failed", e);
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

  // synchronized: a test may send one person's requests from several threads (a double click)
  private synchronized Optional<String> cookieHeader(String forHost) {
    String header =
        cookies.getOrDefault(forHost, Map.of()).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return header.isEmpty() ? Optional.empty() : Optional.of(header);
  }

  private synchronized void store(String forHost, List<String> setCookies) {
    Map<String, String> jar = cookies.computeIfAbsent(forHost, h -> new LinkedHashMap<>());
    this.setCookies.addAll(setCookies);
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

  /**
   * The fields a browser would send: inputs (of radios and checkboxes the checked ones), selects
   * and text areas as rendered; of the buttons only the clicked one.
   */
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
}
