package io.sigillo.bench;

import com.sun.management.OperatingSystemMXBean;
import io.sigillo.it.support.OtpApp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Level-2 browser logins through Keycloak's login pages, as fast as a fixed number of clients can
 * do them one after the other (closed loop): the authorization request with {@code
 * acr_values=SpidL2}, then whatever forms Keycloak shows (username, password, the level-2 code),
 * each filled and posted, up to the redirect with the code, and the code exchanged for tokens whose
 * {@code acr} must be SpidL2. The same harness drives both flows of {@code
 * scripts/bench-level-two.sh}; only the client differs.
 *
 * <pre>
 * LoginLoad KEYCLOAK_URL CLIENT_ID SECRET USERS PASSWORD CLIENTS WARMUP_S MEASURE_S
 * </pre>
 *
 * <p>Cookies are kept by hand: Keycloak marks them {@code Secure}, and the JDK's cookie manager
 * would not send those back over plain http. A person's code is the current TOTP code of {@link
 * LoginBenchData#totpKey}; both Keycloak and Sigillo refuse a code of a time step they already
 * accepted, so a person signs in at most once per 30-second step (the pool of users is large enough
 * that the harness rarely waits; it counts the waits).
 *
 * <p>Prints one line of {@code key=value} figures: logins per second over the measured period,
 * login latency and the latency of the code's POST alone (the level-2 step), failures by kind.
 */
public final class LoginLoad {

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT =
      Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\":\"([^\"]+)\"");
  private static final Pattern ACR = Pattern.compile("\"acr\":\"([^\"]+)\"");

  /**
   * What the logins ask for ({@code -Dbench.acr_values}, SpidL2 by default; empty for none, to try
   * a client's {@code minimum.acr.value}). The tokens must say SpidL2 whatever is asked.
   */
  private static final String ACR_VALUES =
      System.getProperty("bench.acr_values", LoginBenchData.SPID_L2);

  /** Names a level-2 code field may have: Keycloak's OTP form, Sigillo's step. */
  private static final List<String> CODE_FIELDS = List.of("otp", "code", "totp");

  private final URI keycloak;
  private final String clientId;
  private final String secret;
  private final String password;
  private final HttpClient http;
  private final SecureRandom random = new SecureRandom();

  private LoginLoad(URI keycloak, String clientId, String secret, String password) {
    this.keycloak = keycloak;
    this.clientId = clientId;
    this.secret = secret;
    this.password = password;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A person of the pool and the last 30-second step one of their codes was used in. */
  private static final class Person {
    final String username;
    final OtpApp app;
    long lastStep = -1;

    Person(int i) {
      username = LoginBenchData.username(i);
      app = OtpApp.of(LoginBenchData.totpKey(i).getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The figures one client recorded in the measured period. */
  private static final class Recorder {
    final long[] logins = new long[100_000];
    final long[] codes = new long[100_000];
    int count;

    void add(long login, long code) {
      if (count < logins.length) {
        logins[count] = login;
        codes[count++] = code;
      }
    }
  }

  /** One login's figures, or why it failed. */
  private record Outcome(long loginNanos, long codeNanos, String failure, boolean waited) {}

  public static void main(String[] args) throws Exception {
    LoginLoad load =
        new LoginLoad(URI.create(args[0].replaceAll("/$", "")), args[1], args[2], args[4]);
    int users = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[5]);
    long warmup = Duration.ofSeconds(Long.parseLong(args[6])).toNanos();
    long measure = Duration.ofSeconds(Long.parseLong(args[7])).toNanos();
    List<Person> people = new ArrayList<>();
    for (int i = 1; i <= users; i++) {
      people.add(new Person(i));
    }
    Path steps =
        System.getProperty("bench.steps") == null
            ? null
            : Path.of(System.getProperty("bench.steps"));
    readSteps(steps, people);
    ConcurrentLinkedQueue<Person> pool = new ConcurrentLinkedQueue<>(people);
    List<Recorder> recorders = new ArrayList<>();
    Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    LongAdder waits = new LongAdder();
    LongAdder started = new LongAdder();
    CountDownLatch done = new CountDownLatch(clients);
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    long measureFrom = start + warmup;
    long end = measureFrom + measure;
    for (int c = 0; c < clients; c++) {
      Recorder recorder = new Recorder();
      recorders.add(recorder);
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    Person person = pool.poll();
                    if (person == null) {
                      Thread.sleep(10);
                      continue;
                    }
                    started.increment();
                    long t0 = System.nanoTime();
                    Outcome outcome;
                    try {
                      outcome = load.login(person);
                    } catch (IOException | RuntimeException e) {
                      outcome = new Outcome(0, 0, e.getClass().getSimpleName(), false);
                    } finally {
                      pool.add(person);
                    }
                    long t1 = System.nanoTime();
                    if (t0 < measureFrom || t1 > end) {
                      continue;
                    }
                    if (outcome.waited()) {
                      waits.increment();
                    }
                    if (outcome.failure() != null) {
                      failures.computeIfAbsent(outcome.failure(), k -> new LongAdder()).increment();
                    } else {
                      recorder.add(outcome.loginNanos(), outcome.codeNanos());
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "login-" + c);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    writeSteps(steps, people);
    double clientCpuMs = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, started.sum());
    long[] allLogins = merge(recorders, true);
    long[] allCodes = merge(recorders, false);
    long failed = failures.values().stream().mapToLong(LongAdder::sum).sum();
    Map<String, Long> byKind = new TreeMap<>();
    failures.forEach((k, v) -> byKind.put(k.replace(' ', '_'), v.sum()));
    System.out.printf(
        Locale.ROOT,
        "client=%s clients=%d measured_s=%.1f logins=%d failed=%d lps=%.2f login_p50_ms=%.1f"
            + " login_p90_ms=%.1f code_post_p50_ms=%.1f code_post_p90_ms=%.1f waits=%d"
            + " client_cpu_ms_per_login=%.2f failures=%s%n",
        load.clientId,
        clients,
        measure / 1e9,
        allLogins.length,
        failed,
        allLogins.length / (measure / 1e9),
        percentile(allLogins, 0.5),
        percentile(allLogins, 0.9),
        percentile(allCodes, 0.5),
        percentile(allCodes, 0.9),
        waits.sum(),
        clientCpuMs,
        byKind);
    System.exit(0);
  }

  /** The steps of earlier runs, and the people sorted by them, least recently used first. */
  private static void readSteps(Path file, List<Person> people) throws IOException {
    if (file == null || !Files.exists(file)) {
      return;
    }
    Map<String, Long> known = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.split(" ");
      known.put(parts[0], Long.parseLong(parts[1]));
    }
    for (Person person : people) {
      person.lastStep = known.getOrDefault(person.username, -1L);
    }
    people.sort(Comparator.comparingLong(p -> p.lastStep));
  }

  private static void writeSteps(Path file, List<Person> people) throws IOException {
    if (file == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Person person : people) {
      synchronized (person) {
        lines.add(person.username + " " + person.lastStep);
      }
    }
    Files.write(file, lines);
  }

  /** One browser login of {@code person} at level 2, from the authorization request to tokens. */
  private Outcome login(Person person) throws IOException, InterruptedException {
    Map<String, String> cookies = new LinkedHashMap<>();
    String verifier = random(32);
    String state = random(16);
    URI authorize =
        URI.create(
            keycloak
                + "/realms/sigillo/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id="
                + clientId
                + "&redirect_uri="
                + encode(LoginBenchData.REDIRECT_URI)
                + "&state="
                + state
                + "&nonce="
                + random(16)
                + "&code_challenge_method=S256&code_challenge="
                + challenge(verifier)
                + (ACR_VALUES.isEmpty() ? "" : "&acr_values=" + encode(ACR_VALUES))
                + "&ui_locales=it");
    long t0 = System.nanoTime();
    HttpResponse<String> page = send(HttpRequest.newBuilder(authorize).GET(), cookies);
    long codeNanos = -1;
    boolean waited = false;
    for (int step = 0; step < 8; step++) {
      if (page.statusCode() == 302 || page.statusCode() == 303) {
        String location = page.headers().firstValue("Location").orElse("");
        if (location.startsWith(LoginBenchData.REDIRECT_URI)) {
          String code = parameter(location, "code");
          if (code == null) {
            return failure("redirect without code: " + parameter(location, "error"), waited);
          }
          String acr = exchange(code, verifier);
          if (!LoginBenchData.SPID_L2.equals(acr)) {
            return failure("acr " + acr, waited);
          }
          return new Outcome(System.nanoTime() - t0, codeNanos, null, waited);
        }
        page = send(HttpRequest.newBuilder(keycloak.resolve(location)).GET(), cookies);
        continue;
      }
      if (page.statusCode() != 200) {
        return failure("HTTP " + page.statusCode(), waited);
      }
      String action = null;
      Map<String, String> fields = null;
      Matcher form = FORM.matcher(page.body());
      while (form.find()) {
        Map<String, String> candidate = fields(form.group(2));
        if (action == null
            || candidate.containsKey("username")
            || candidate.containsKey("password")
            || CODE_FIELDS.stream().anyMatch(candidate::containsKey)) {
          action = unescape(attributes(form.group(1)).getOrDefault("action", ""));
          fields = candidate;
          if (fields.size() > 1) {
            break;
          }
        }
      }
      if (action == null) {
        return failure("page without form", waited);
      }
      String codeField = CODE_FIELDS.stream().filter(fields::containsKey).findFirst().orElse(null);
      if (fields.containsKey("username")) {
        fields.put("username", person.username);
      }
      if (fields.containsKey("password")) {
        fields.put("password", password);
      }
      boolean codeStep = codeField != null;
      if (codeStep) {
        if (codeNanos >= 0) {
          return failure("code asked again (refused)", waited);
        }
        long stepNow = Instant.now().getEpochSecond() / 30;
        synchronized (person) {
          if (person.lastStep >= stepNow) {
            // this person's code of this step was used: a second use would be a replay
            waited = true;
            Thread.sleep((stepNow + 1) * 30_000 - System.currentTimeMillis() + 50);
          }
          Instant now = Instant.now();
          person.lastStep = now.getEpochSecond() / 30;
          fields.put(codeField, person.app.totp(now));
        }
      } else if (!fields.containsKey("username") && !fields.containsKey("password")) {
        return failure("unknown form " + fields.keySet(), waited);
      }
      long p0 = System.nanoTime();
      page =
          send(
              HttpRequest.newBuilder(keycloak.resolve(action))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form(fields))),
              cookies);
      if (codeStep) {
        codeNanos = System.nanoTime() - p0;
      }
    }
    return failure("too many pages", waited);
  }

  private static Outcome failure(String why, boolean waited) {
    return new Outcome(0, 0, why, waited);
  }

  private String exchange(String code, String verifier) throws IOException, InterruptedException {
    HttpResponse<String> tokens =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/sigillo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=authorization_code&code="
                            + encode(code)
                            + "&redirect_uri="
                            + encode(LoginBenchData.REDIRECT_URI)
                            + "&client_id="
                            + clientId
                            + "&client_secret="
                            + encode(secret)
                            + "&code_verifier="
                            + verifier))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher idToken = ID_TOKEN.matcher(tokens.body());
    if (tokens.statusCode() != 200 || !idToken.find()) {
      return "token HTTP " + tokens.statusCode();
    }
    String payload =
        new String(
            Base64.getUrlDecoder().decode(idToken.group(1).split("\\.")[1]),
            StandardCharsets.UTF_8);
    Matcher acr = ACR.matcher(payload);
    return acr.find() ? acr.group(1) : "none";
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (k, v) ->
              header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      request.header("Cookie", header.toString());
    }
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  /** The fields a browser would post: hidden and text inputs, and the first submit button only. */
  private static Map<String, String> fields(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    boolean submit = false;
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> a = attributes(input.group(2));
      String name = a.get("name");
      String type =
          a.getOrDefault("type", input.group(1).equalsIgnoreCase("button") ? "submit" : "text")
              .toLowerCase(Locale.ROOT);
      if (name == null
          || type.equals("checkbox")
          || (type.equals("radio") && fields.containsKey(name))) {
        continue;
      }
      if (type.equals("submit")) {
        if (submit) {
          continue;
        }
        submit = true;
      }
      fields.putIfAbsent(name, unescape(a.getOrDefault("value", "")));
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(
          m.group(1).toLowerCase(Locale.ROOT), m.group(3) != null ? m.group(3) : m.group(4));
    }
    // boolean attributes have no value; only "type" matters here and always has one
    return attributes;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  private static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(encode(k))
                .append('=')
                .append(encode(v)));
    return body.toString();
  }

  private static String parameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name) && kv.length == 2) {
        return java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String random(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long[] merge(List<Recorder> recorders, boolean logins) {
    long[] all = new long[recorders.stream().mapToInt(r -> r.count).sum()];
    int at = 0;
    for (Recorder r : recorders) {
      System.arraycopy(logins ? r.logins : r.codes, 0, all, at, r.count);
      at += r.count;
    }
    Arrays.sort(all);
    return all;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
