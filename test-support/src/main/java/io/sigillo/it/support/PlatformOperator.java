package io.sigillo.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The platform operator's back end as a test runs it: a confidential client of the test's own in
 * the platform realm whose service account holds {@code platform-admin} (or, to prove refusals, no
 * role at all), client-credentials tokens, and calls to {@code /api/platform} that create tenants
 * (provisioned into the real Keycloak, so people log in through the real login pages) and their
 * login accounts. Each test makes its own; the client is removed on close. It also points
 * Keycloak's "Sigillo level 2" step at the Sigillo under test.
 */
public final class PlatformOperator implements AutoCloseable {

  /** The colours of tenants whose branding a test does not look at. */
  private static final String PRIMARY = "#0b5394";

  private static final String ACCENT = "#e69138";

  private static final HttpClient CLIENT = Http.client();

  private final URL base;
  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final String clientUuid;
  private final String clientId = Account.uniqueName("it-platform");
  private final String secret = UUID.randomUUID().toString();

  public PlatformOperator(URL base) {
    this(base, true);
  }

  /** A client whose service account has platform-admin when {@code admin}, else no role at all. */
  public PlatformOperator(URL base, boolean admin) {
    this.base = base;
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    // the API accepts only tokens that name it
    client.setProtocolMappers(List.of(KeycloakAdmin.apiAudienceMapper()));
    clientUuid = keycloak.createClient(client);
    if (admin) {
      keycloak.grantPlatformAdminTo(keycloak.serviceAccountOf(clientUuid));
    }
    // Keycloak's level-2 step asks this Sigillo: the portal's level-2 pages go through it
    keycloak.pointLevelTwoStepAt(KeycloakAdmin.sigilloUrl(base));
  }

  /** The master realm's admin, to read back what provisioning wrote. */
  public KeycloakAdmin keycloak() {
    return keycloak;
  }

  public String token() {
    return Tokens.clientCredentials(clientId, secret);
  }

  /**
   * A new tenant with a unique slug and plain branding; returns the slug (host: slug.localhost).
   */
  public String newTenant(String prefix, String displayName) {
    String slug = Account.uniqueName(prefix);
    createTenant(slug, displayName, PRIMARY, ACCENT);
    return slug;
  }

  /** Creates a tenant through the API; returns its host name. */
  public String createTenant(String slug, String displayName, String primary, String accent) {
    return createTenant(slug, displayName, primary, accent, null);
  }

  /** As above, with a support phone number for the pages that show one (null: none). */
  public String createTenant(
      String slug, String displayName, String primary, String accent, String supportPhone) {
    String phone = supportPhone == null ? "" : ",\"supportPhone\":\"" + supportPhone + "\"";
    HttpResponse<String> created =
        post(
            "/api/platform/tenants",
            ("{\"slug\":\"%s\",\"displayName\":\"%s\",\"hosts\":[\"%s.localhost\"],"
                    + "\"branding\":{\"primaryColor\":\"%s\",\"accentColor\":\"%s\","
                    + "\"supportEmail\":\"help@%s.example\"%s}}")
                .formatted(slug, displayName, slug, primary, accent, slug, phone));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "tenant " + slug + " not created: " + created.statusCode() + " " + created.body());
    }
    return slug + ".localhost";
  }

  /** A login account on the tenant with the default name and password and the given roles. */
  public void createAccount(String slug, String username, String... roles) {
    createAccount(slug, Account.user(slug, username).withRoles(roles));
  }

  /**
   * A login account on the tenant (created if missing, else given the roles): the same person may
   * be served by two resellers with one login account in the realm.
   */
  public void createAccount(String slug, Account account) {
    HttpResponse<String> ensured =
        post(
            "/api/platform/tenants/" + slug + "/accounts",
            ("{\"username\":\"%s\",\"givenName\":\"%s\",\"surname\":\"%s\",\"email\":\"%s\","
                    + "\"initialPassword\":\"%s\",\"roles\":[%s]}")
                .formatted(
                    account.username(),
                    account.givenName(),
                    account.surname(),
                    account.email(),
                    account.password(),
                    account.roles().stream()
                        .map(role -> "\"" + role + "\"")
                        .collect(Collectors.joining(","))));
    if (ensured.statusCode() != 204) {
      throw new IllegalStateException(
          "account "
              + account.username()
              + " not created: "
              + ensured.statusCode()
              + " "
              + ensured.body());
    }
  }

  /** Provisions a tenant (again): what the platform operator does after an upgrade. */
  public void provision(String slug) {
    HttpResponse<String> provisioned = post("/api/platform/tenants/" + slug + "/provision", "");
    if (provisioned.statusCode() != 200) {
      throw new IllegalStateException(
          "tenant "
              + slug
              + " not provisioned: "
              + provisioned.statusCode()
              + " "
              + provisioned.body());
    }
  }

  /** A tenant back end's client id and secret, as the platform API hands them to the reseller. */
  public record BackEndClient(String clientId, String secret) {

    /** A client-credentials token of this back end. */
    public String token() {
      return Tokens.clientCredentials(clientId, secret);
    }
  }

  /** The back-end client of a provisioned tenant, read through the platform API. */
  public BackEndClient backEndClient(String slug) {
    HttpResponse<String> answer =
        get("/api/platform/tenants/" + slug + "/backend-client", "Bearer " + token());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "no back-end client of " + slug + ": " + answer.statusCode() + " " + answer.body());
    }
    return new BackEndClient(
        TenantApi.group("\"clientId\":\"([^\"]+)\"", answer.body()),
        TenantApi.group("\"clientSecret\":\"([^\"]+)\"", answer.body()));
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Puts this node's platform clock back at real time. The client-side test classes share one
   * Micro, so a class that moves its clock (or fuzzes the clock's endpoint) must leave it as it
   * found it, and a class whose answers depend on time across two nodes starts from it.
   */
  public void realTime() {
    HttpResponse<String> answer =
        send(
            "PUT",
            "/api/platform/clock",
            "application/json",
            "{\"offsetSeconds\":0}".getBytes(StandardCharsets.UTF_8));
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("platform clock not reset: " + answer.body());
    }
  }

  /**
   * Sets a tenant's certificate expiry reminder days (e.g. 45 and 10 days before expiry) through
   * the platform API, and returns the answer (checked to be 200).
   */
  public HttpResponse<String> reminderDays(String slug, int... days) {
    String list = Arrays.stream(days).mapToObj(Integer::toString).collect(Collectors.joining(","));
    HttpResponse<String> answer =
        send(
            "PUT",
            "/api/platform/tenants/" + slug + "/reminder-policy",
            "application/json",
            ("{\"daysBeforeExpiry\":[" + list + "]}").getBytes(StandardCharsets.UTF_8));
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("reminder days not set: " + answer.body());
    }
    return answer;
  }

  /** A GET with the given Authorization header (or none when null), to prove refusals. */
  public HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request = request(path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.GET().build());
  }

  /** Any method with this operator's token and an optional body (null: none). */
  public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request = request(path).header("Authorization", "Bearer " + token());
    if (body != null) {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return send(request.build());
  }

  /** Sends a request the test built itself, with the same HTTP/1.1 client. */
  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    // the platform API is not tenant-scoped: any host reaches it
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
        .timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json");
  }

  @Override
  public void close() {
    keycloak.realm().clients().get(clientUuid).remove();
    keycloak.close();
  }
}
