package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.core.secrets.DevelopmentSecrets;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Form;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzz pass over everything a client can reach: every operation the served OpenAPI document lists
 * (so a new operation is fuzzed without touching this test), with malformed bodies, fields of the
 * wrong type, odd content types, junk path ids and query parameters, no or junk credentials, a
 * person's and a back end's token; unknown and odd host names; and the portal's forms of a
 * signed-in person posted with junk. Whatever is sent, the answer is a client error (or a success):
 * never a status of 500 or more, never a stack trace, never a development secret.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzAbuseIT {

  private static final int MINIMUM_REQUESTS = 2_000;

  /** A few parallel clients: enough to finish in a couple of minutes, not a load test. */
  private static final int CLIENTS = 3;

  /** Well under the 64 KB body limit once wrapped in JSON. */
  private static final String LONG = "x".repeat(50_000);

  private static final String CONTROL =
      "\\u0000\\u0007\\u001b[31m\\u202e\\ud800\\uffff<>'%00${jndi:x}";

  /** Where a trace or a server's internals would show in a body. */
  private static final List<String> TRACES =
      List.of(
          "at io.sigillo",
          "at java.",
          "at jakarta.",
          "at org.",
          "at com.sun.",
          "at fish.payara",
          "Exception:",
          "Caused by:",
          "org.eclipse.",
          "org.glassfish.",
          "java.lang.",
          "jakarta.ws.rs.",
          "jakarta.ejb.",
          "jakarta.persistence.");

  private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z]\\w*Exception\\b");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  /** One request sent and what came back (status -1: no answer, the connection failed). */
  private record Outcome(String category, String what, int status, String body) {}

  /** A request still to send. */
  private record Probe(String category, String what, Supplier<HttpResponse<String>> call) {}

  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

  @Test
  void malformedRequestsToEveryOperationAndFormNeverGetAServerErrorATraceOrASecret()
      throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("fuzz", "Fuzz Srl", "#102030", "#405060");
    try (TenantClient client = new TenantClient(base, tenant.slug());
        PlatformOperator platform = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment()) {
      fuzzForms(platform);

      String person = client.person("fuzzer");
      Map<String, TenantApi> callers = new LinkedHashMap<>();
      callers.put("service", new TenantApi(base, tenant.host(), client.serviceToken()));
      callers.put("person", new TenantApi(base, tenant.host(), client.token(person)));
      callers.put("platform", new TenantApi(base, tenant.host(), platform.token()));
      callers.put("anonymous", new TenantApi(base, tenant.host(), null));

      JsonNode document = openApi();
      List<Probe> probes = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      document
          .path("paths")
          .fields()
          .forEachRemaining(
              entry -> {
                String path = apiPath(entry.getKey());
                paths.add(path);
                entry
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                          if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                            probes.addAll(
                                operationProbes(
                                    document, method, path, operation.getValue(), callers));
                          }
                        });
                probes.addAll(wrongMethodProbes(path, callers));
              });
      System.out.println("fuzz: " + paths.size() + " paths in /openapi: " + paths);
      assertThat(paths).as("the OpenAPI document lists the API").hasSizeGreaterThan(10);
      probes.addAll(hostProbes(tenant));
      try {
        runAll(probes);
      } finally {
        // the fuzz reaches PUT /api/platform/clock with offsets it accepts: the next class on
        // this shared Micro must not find the platform decades ahead
        platform.realTime();
      }
    }
    report();
  }

  // ---------------------------------------------------------------- the API, from /openapi

  private JsonNode openApi() throws Exception {
    HttpResponse<String> served =
        Http.send(
            Http.root(base, "/openapi?format=JSON"),
            "GET",
            null,
            null,
            null,
            "Accept",
            "application/json");
    note(new Outcome("openapi", "GET /openapi", served.statusCode(), served.body()));
    assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
    return new ObjectMapper().readTree(served.body());
  }

  /** The document's key as a path under the API root, whatever server prefix it carries. */
  private static String apiPath(String key) {
    int api = key.indexOf("/api/");
    return api >= 0 ? key.substring(api) : "/api" + (key.startsWith("/") ? key : "/" + key);
  }

  private List<Probe> operationProbes(
      JsonNode document,
      String method,
      String template,
      JsonNode operation,
      Map<String, TenantApi> callers) {
    TenantApi owner =
        template.startsWith("/api/platform") ? callers.get("platform") : callers.get("service");
    Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
    Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode resolved = resolve(document, parameter);
      String in = resolved.path("in").asText();
      if ("path".equals(in)) {
        pathParameters.put(resolved.path("name").asText(), resolved.path("schema"));
      } else if ("query".equals(in)) {
        queryParameters.put(resolved.path("name").asText(), resolved.path("schema"));
      }
    }
    String path = fill(template, pathParameters, null);
    JsonNode body = operation.path("requestBody").path("content");
    boolean json = body.isMissingNode() || body.has("application/json") || body.isEmpty();
    String contentType =
        body.isObject() && body.size() > 0 && !json ? body.fieldNames().next() : "application/json";
    Map<String, JsonNode> fields = bodyFields(document, body.path(contentType).path("schema"));
    String valid = sampleObject(fields);
    String name = method + " " + template;
    List<Probe> probes = new ArrayList<>();

    // credentials: none, junk, a bearer of another kind
    for (String authorization :
        List.of(
            "",
            "Bearer",
            "Bearer ",
            "Bearer junk",
            "Bearer a.b.c",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
            "Basic Zm9vOmJhcg==",
            "Negotiate " + "A".repeat(4000),
            "Bearer " + "x".repeat(7000))) {
      probes.add(
          probe(
              "api: credentials",
              name + " [" + abbreviate(authorization) + "]",
              () ->
                  callers
                      .get("anonymous")
                      .send(method, path, contentType, valid, "Authorization", authorization)));
    }

    // bodies, as the operation's owner and as a person
    List<String> bodies = malformedBodies();
    for (int i = 0; i < bodies.size(); i++) {
      String malformed = bodies.get(i);
      String label = name + " body#" + i;
      probes.add(
          probe("api: bodies", label, () -> owner.send(method, path, contentType, malformed)));
      probes.add(
          probe(
              "api: bodies (person)",
              label,
              () -> callers.get("person").send(method, path, contentType, malformed)));
    }

    // content types
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            "application/json; charset=ebcdic-xyz",
            "application/json;;;=",
            "application/merge-patch+json",
            "image/png",
            "*/*",
            "garbage")) {
      probes.add(
          probe(
              "api: content types",
              name + " [" + type + "]",
              () -> owner.send(method, path, type, valid)));
    }
    probes.add(
        probe("api: content types", name + " [none]", () -> owner.send(method, path, null, valid)));
    probes.add(
        probe(
            "api: content types",
            name + " [json, no body]",
            () -> owner.send(method, path, contentType, null)));

    // each field of the body with the wrong type, out of range, too long, odd characters
    if (!"GET".equals(method)) {
      for (String field : fields.keySet()) {
        for (String junk : junkValues()) {
          Map<String, String> values = sampleValues(fields);
          values.put(field, junk);
          String tampered = object(values);
          probes.add(
              probe(
                  "api: fields",
                  name + " " + field + "=" + abbreviate(junk),
                  () -> owner.send(method, path, contentType, tampered)));
        }
      }
    }

    // path ids
    for (String parameter : pathParameters.keySet()) {
      for (String junk : junkPathValues()) {
        String tampered = fill(template, pathParameters, Map.of(parameter, junk));
        probes.add(
            probe(
                "api: path ids",
                name + " " + parameter + "=" + abbreviate(junk),
                () -> owner.send(method, tampered, contentType, valid)));
      }
    }

    // query parameters: the declared ones with junk, and some nobody declared
    List<String> queries = new ArrayList<>();
    for (String parameter : queryParameters.keySet()) {
      for (String junk : junkQueryValues()) {
        queries.add(parameter + "=" + junk);
      }
      queries.add(parameter + "=1&" + parameter + "=abc");
    }
    queries.add("limit=-1&offset=99999999999999999999&format=JSON");
    queries.add("q=%27%22%3Cscript%3E&%00=%00");
    queries.add("x=" + "y".repeat(6000));
    for (String query : queries) {
      probes.add(
          probe(
              "api: query",
              name + " ?" + abbreviate(query),
              () -> owner.send(method, path + "?" + query, contentType, valid)));
    }
    return probes;
  }

  private List<Probe> wrongMethodProbes(String template, Map<String, TenantApi> callers) {
    String path = template.replaceAll("\\{[^}]+}", "1");
    List<Probe> probes = new ArrayList<>();
    for (String method : List.of("PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE")) {
      probes.add(
          probe(
              "api: methods",
              method + " " + template,
              () -> callers.get("service").send(method, path, "application/json", null)));
    }
    return probes;
  }

  private List<Probe> hostProbes(TestTenants.Tenant tenant) {
    List<String> hosts =
        List.of(
            "nobody.localhost",
            "localhost",
            "127.0.0.1",
            "[::1]",
            tenant.host() + ".",
            tenant.host().toUpperCase(java.util.Locale.ROOT),
            tenant.host() + ":1",
            tenant.host() + ":99999999999",
            tenant.host() + ":abc",
            "a".repeat(300) + ".localhost",
            "b".repeat(6000),
            "xn--80ak6aa92e.localhost",
            "under_score.localhost",
            "-dash-.localhost",
            "a..b.localhost",
            "%00.localhost",
            "with space.localhost",
            "evil.example@" + tenant.host(),
            tenant.host() + "#frag",
            "\u00e8\u00e9.localhost",
            "");
    List<Probe> probes = new ArrayList<>();
    for (String host : hosts) {
      for (String path : List.of("/", "/account/", "/api/portal", "/api/otp/devices", "/nope")) {
        for (String accept : List.of("text/html", "application/json")) {
          probes.add(
              probe(
                  "hosts",
                  abbreviate(host) + " " + path + " " + accept,
                  () ->
                      Http.send(
                          HttpBrowser.on(base, "localhost", path),
                          "GET",
                          host,
                          null,
                          null,
                          "Accept",
                          accept)));
        }
      }
    }
    return probes;
  }

  // ---------------------------------------------------------------- the portal's forms

  private void fuzzForms(PlatformOperator platform) {
    String slug = Account.uniqueName("fuzzform");
    String host = platform.createTenant(slug, "Moduli Strani", "#102030", "#405060");
    String person = Account.uniqueName("modulo");
    platform.createAccount(slug, person, "user");
    Database.insertIdentity(
        slug,
        person,
        "Marta",
        "Modulo",
        person + "@" + slug + ".example",
        "+39335" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)),
        null,
        true);
    HttpBrowser browser = new HttpBrowser(base, host);
    browser.signIn(browser.open("/account/"), person, Account.PASSWORD);
    for (String page :
        List.of(
            "/account/",
            "/recovery/",
            "/support/new.xhtml",
            "/guides/guide.xhtml?slug=phone-clock",
            "/signature/order.xhtml",
            "/signature/contacts.xhtml",
            "/credentials/mobile.xhtml",
            "/identity/")) {
      Page shown = openSignedIn(browser, page, person);
      List<Form> forms = browser.forms(shown);
      for (int f = 0; f < forms.size(); f++) {
        int index = f;
        for (Map<String, String> fields : junkForms(forms.get(f))) {
          Form fresh = refreshed(browser, page, person, index, forms.get(f));
          Map<String, String> posted = new LinkedHashMap<>(fields);
          // keep the fresh view state unless the variant is about the view state
          if (posted.containsKey("jakarta.faces.ViewState")
              && posted
                  .get("jakarta.faces.ViewState")
                  .equals(forms.get(f).fields().get("jakarta.faces.ViewState"))) {
            posted.put("jakarta.faces.ViewState", fresh.fields().get("jakarta.faces.ViewState"));
          }
          String what =
              "POST " + fresh.action().getPath() + " " + difference(fresh.fields(), posted);
          try {
            Page answer = browser.post(fresh.action(), posted);
            note(new Outcome("forms", what, answer.status(), portalBody(answer)));
          } catch (IllegalStateException e) {
            note(new Outcome("forms", what + " (" + e.getMessage() + ")", -1, ""));
          }
        }
      }
    }
  }

  /** The page, signed in again if a junk post ended the session. */
  private Page openSignedIn(HttpBrowser browser, String path, String person) {
    Page page = browser.open(path);
    if (HttpBrowser.isKeycloakLogin(page)) {
      page = browser.signIn(page, person, Account.PASSWORD);
    }
    note(new Outcome("forms", "GET " + path, page.status(), portalBody(page)));
    return page;
  }

  /** The same form freshly rendered (a new view state), or the old one if it is gone. */
  private Form refreshed(HttpBrowser browser, String path, String person, int index, Form old) {
    List<Form> forms = browser.forms(openSignedIn(browser, path, person));
    return index < forms.size()
            && forms.get(index).action().getPath().equals(old.action().getPath())
        ? forms.get(index)
        : old;
  }

  /** The form's fields as rendered, then each tampered with. */
  private static List<Map<String, String>> junkForms(Form form) {
    List<Map<String, String>> variants = new ArrayList<>();
    Map<String, String> rendered = form.fields();
    variants.add(new LinkedHashMap<>(rendered));
    Map<String, String> noViewState = new LinkedHashMap<>(rendered);
    noViewState.remove("jakarta.faces.ViewState");
    variants.add(noViewState);
    Map<String, String> junkViewState = new LinkedHashMap<>(rendered);
    junkViewState.put("jakarta.faces.ViewState", "-1:-1" + CONTROL);
    variants.add(junkViewState);
    String prefix =
        rendered.keySet().stream()
            .filter(k -> k.contains(":"))
            .findFirst()
            .map(k -> k.substring(0, k.indexOf(':') + 1))
            .orElse("f:");
    Map<String, String> unexpected = new LinkedHashMap<>(rendered);
    unexpected.put(prefix + "no-such-field", "1");
    unexpected.put("jakarta.faces.source", prefix + "no-such-button");
    unexpected.put("jakarta.faces.partial.ajax", "true");
    unexpected.put("jakarta.faces.partial.execute", "@all " + prefix + "nothing");
    unexpected.put("jakarta.faces.partial.render", "@all");
    unexpected.put("jakarta.faces.behavior.event", "junk");
    variants.add(unexpected);
    Map<String, String> noFields = new LinkedHashMap<>();
    noFields.put("jakarta.faces.ViewState", rendered.getOrDefault("jakarta.faces.ViewState", ""));
    variants.add(noFields);
    for (String field : rendered.keySet()) {
      if (field.startsWith("jakarta.faces.")) {
        continue;
      }
      for (String junk :
          List.of(
              "x".repeat(20_000),
              "abc",
              "-1",
              "99999999999999999999999",
              "1e400",
              "31/02/20261",
              "2026-13-45",
              "\u0000\u0007\u202e\ud83d\ude00<script>'\"",
              "")) {
        Map<String, String> tampered = new LinkedHashMap<>(rendered);
        tampered.put(field, junk);
        variants.add(tampered);
      }
    }
    return variants;
  }

  private static String difference(Map<String, String> rendered, Map<String, String> posted) {
    List<String> changed = new ArrayList<>();
    posted.forEach(
        (k, v) -> {
          if (!v.equals(rendered.get(k))) {
            changed.add(k + "=" + abbreviate(v));
          }
        });
    rendered.keySet().stream()
        .filter(k -> !posted.containsKey(k))
        .forEach(k -> changed.add("-" + k));
    return changed.toString();
  }

  /** The body of an answer of the application (Keycloak's login pages are not ours to judge). */
  private String portalBody(Page page) {
    return page.url().getPort() == base.getPort() ? page.body() : "";
  }

  // ---------------------------------------------------------------- junk

  private static List<String> malformedBodies() {
    return List.of(
        "",
        "null",
        "[]",
        "{}",
        "{",
        "{\"a\":",
        "{\"a\":1,}",
        "{'a':1}",
        "\"just a string\"",
        "12345678901234567890123456789012345678901234567890",
        "true",
        "NaN",
        "\uFEFF{}",
        "{\"a\":1,\"a\":2}",
        "[".repeat(5_000) + "]".repeat(5_000),
        "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
        "\"" + LONG + "\"",
        "{\"" + LONG + "\":1}",
        "{\"\\u0000\":\"" + CONTROL + "\"}",
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
        // over the body limit: a 413, not a 500
        "{\"a\":\"" + "y".repeat(70_000) + "\"}");
  }

  private static List<String> junkValues() {
    return List.of(
        "\"fuzz\"",
        "1",
        "true",
        "null",
        "[]",
        "{}",
        "1e999",
        "123456789012345678901234567890",
        "-9223372036854775809",
        "-1",
        "0.5",
        "\"" + LONG + "\"",
        "\"" + CONTROL + "\"",
        "\"2026-02-31T25:61:61Z\"",
        "[[[[[[[[[[[[\"deep\"]]]]]]]]]]]]",
        "{\"$ref\":\"#/x\",\"__proto__\":{}}");
  }

  private static List<String> junkPathValues() {
    return List.of(
        "abc",
        "-1",
        "0",
        "99999999999999999999999",
        "1.5",
        "1e3",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%3B",
        "%00",
        "%E2%80%AE",
        "%20",
        "%25",
        "x".repeat(3_000));
  }

  private static List<String> junkQueryValues() {
    return List.of(
        "abc", "-1", "99999999999999999999999", "%00", "%E2%80%AE", "x".repeat(3_000), "");
  }

  // ---------------------------------------------------------------- schemas

  private static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
      JsonNode target = document;
      for (String part : current.get("$ref").asText().replaceFirst("^#/", "").split("/")) {
        target = target.path(part);
      }
      current = target;
    }
    return current;
  }

  /** The top-level fields of a body schema and their schemas (empty when it has none). */
  private static Map<String, JsonNode> bodyFields(JsonNode document, JsonNode schema) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    JsonNode resolved = resolve(document, schema);
    Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      fields.put(property.getKey(), resolve(document, property.getValue()));
    }
    return fields;
  }

  private static Map<String, String> sampleValues(Map<String, JsonNode> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.forEach((name, schema) -> values.put(name, sample(schema)));
    return values;
  }

  private static String sampleObject(Map<String, JsonNode> fields) {
    return object(sampleValues(fields));
  }

  /** A plausible value, so that the junk in one field is what the operation trips over. */
  private static String sample(JsonNode schema) {
    String format = schema.path("format").asText();
    return switch (schema.path("type").asText("object")) {
      case "string" ->
          "date".equals(format)
              ? "\"2026-01-01\""
              : "date-time".equals(format) ? "\"2026-01-01T00:00:00Z\"" : "\"fuzz\"";
      case "integer" -> "1";
      case "number" -> "1.5";
      case "boolean" -> "true";
      case "array" -> "[]";
      default -> "{}";
    };
  }

  private static String object(Map<String, String> values) {
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(name).append("\":").append(value);
        });
    return json.append('}').toString();
  }

  /** The path with its parameters filled: the given junk, else a plausible value. */
  private static String fill(
      String template, Map<String, JsonNode> parameters, Map<String, String> junk) {
    String path = template;
    for (Map.Entry<String, JsonNode> parameter : parameters.entrySet()) {
      String value =
          junk != null && junk.containsKey(parameter.getKey())
              ? junk.get(parameter.getKey())
              : List.of("integer", "number").contains(parameter.getValue().path("type").asText())
                  ? "1"
                  // a tenant nobody has: fuzzing must not disable a tenant the test still uses
                  : "fuzz-nobody";
      path = path.replace("{" + parameter.getKey() + "}", value);
    }
    return path.replaceAll("\\{[^}]+}", "1");
  }

  // ---------------------------------------------------------------- running and judging

  private static Probe probe(String category, String what, Supplier<HttpResponse<String>> call) {
    return new Probe(category, what, call);
  }

  private void runAll(List<Probe> probes) throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (Probe probe : probes) {
        pending.add(
            pool.submit(
                () -> {
                  try {
                    HttpResponse<String> answer = probe.call().get();
                    note(
                        new Outcome(
                            probe.category(), probe.what(), answer.statusCode(), answer.body()));
                  } catch (IllegalStateException | IllegalArgumentException e) {
                    note(new Outcome(probe.category(), probe.what() + " (" + e + ")", -1, ""));
                  }
                }));
      }
      for (Future<?> done : pending) {
        done.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "fuzz: %d API and host requests in %d s%n",
        probes.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  private void note(Outcome outcome) {
    outcomes.add(outcome);
  }

  private void report() {
    Map<String, Integer> perCategory = new TreeMap<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Map<Integer, Integer>> statusesPerCategory = new TreeMap<>();
    List<String> findings = new ArrayList<>();
    List<String> noAnswer = new ArrayList<>();
    List<String> secrets = developmentSecrets();
    for (Outcome outcome : outcomes) {
      perCategory.merge(outcome.category(), 1, Integer::sum);
      statuses.merge(outcome.status(), 1, Integer::sum);
      statusesPerCategory
          .computeIfAbsent(outcome.category(), c -> new TreeMap<>())
          .merge(outcome.status(), 1, Integer::sum);
      String line = outcome.category() + " | " + outcome.what() + " -> " + outcome.status();
      if (outcome.status() < 0) {
        noAnswer.add(line);
      }
      if (outcome.status() >= 500) {
        findings.add(line + " " + abbreviate(outcome.body()));
      }
      for (String trace : TRACES) {
        if (outcome.body().contains(trace)) {
          findings.add(line + " trace '" + trace + "': " + around(outcome.body(), trace));
        }
      }
      Matcher exception = EXCEPTION_NAME.matcher(outcome.body());
      if (exception.find()) {
        findings.add(
            line
                + " names "
                + exception.group()
                + ": "
                + around(outcome.body(), exception.group()));
      }
      for (String secret : secrets) {
        if (outcome.body().contains(secret)) {
          findings.add(line + " shows a development secret");
        }
      }
    }
    System.out.println("fuzz: requests per category " + perCategory);
    System.out.println("fuzz: statuses " + statuses);
    statusesPerCategory.forEach((c, s) -> System.out.println("fuzz:   " + c + " " + s));
    System.out.println(
        "fuzz: total "
            + outcomes.size()
            + ", findings "
            + findings.size()
            + ", no answer "
            + noAnswer.size());
    noAnswer.stream().limit(20).forEach(l -> System.out.println("fuzz: no answer: " + l));
    findings.stream().limit(100).forEach(l -> System.out.println("fuzz: FINDING " + l));
    assertThat(outcomes.size()).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
    assertThat(findings).isEmpty();
  }

  /**
   * The public development values of the platform's secrets, read from the class that defines them
   * so a new one is checked too; the database's ("sigillo", the product's own name, shown on every
   * page) is too short to tell apart and guards a database on the loopback only. The OTP key's id
   * ("dev-only-public-key") is no secret: the key rotation reports it to the platform's operator by
   * design; the key itself is checked.
   */
  private static List<String> developmentSecrets() {
    List<String> secrets = new ArrayList<>();
    for (Field field : DevelopmentSecrets.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          String value = (String) field.get(null);
          if (value.length() >= 12) {
            secrets.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return secrets;
  }

  private static String around(String body, String needle) {
    int at = body.indexOf(needle);
    return abbreviate(body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 200)));
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…(" + flat.length() + ")";
  }
}
