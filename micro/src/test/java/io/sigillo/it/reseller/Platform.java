package io.sigillo.it.reseller;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The platform as a test drives it: a back-end client with {@code platform-admin} calling {@code
 * /api/platform}, and the master realm's admin to set up people and read back what Keycloak holds.
 * Each test makes its own and closes it (the back-end client and the people it made are removed).
 */
final class Platform implements AutoCloseable {

  static final String REALM = "sigillo";
  static final String PASSWORD = "Prova-Password-2026";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final URL base;
  private final Keycloak keycloak;
  private final String clientUuid;
  private final String clientId = "it-reseller-" + UUID.randomUUID().toString().substring(0, 8);
  private final String secret = UUID.randomUUID().toString();

  Platform(URL base) {
    this.base = base;
    keycloak =
        KeycloakBuilder.builder()
            .serverUrl(keycloakUrl())
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(env("SIGILLO_IT_KEYCLOAK_ADMIN_USER"))
            .password(env("SIGILLO_IT_KEYCLOAK_ADMIN_PASSWORD"))
            .resteasyClient(new ResteasyClientBuilderImpl().build())
            .build();
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    try (var created = realm().clients().create(client)) {
      clientUuid = CreatedResponseUtil.getCreatedId(created);
    }
    String serviceAccount = realm().clients().get(clientUuid).getServiceAccountUser().getId();
    realm()
        .users()
        .get(serviceAccount)
        .roles()
        .realmLevel()
        .add(List.of(realm().roles().get("platform-admin").toRepresentation()));
  }

  static String keycloakUrl() {
    return env("SIGILLO_KEYCLOAK_URL");
  }

  static String slug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  RealmResource realm() {
    return keycloak.realm(REALM);
  }

  /** The tenant's portal client as Keycloak holds it. */
  ClientRepresentation portalClient(String slug) {
    return realm().clients().findByClientId("portal-" + slug).stream()
        .filter(c -> ("portal-" + slug).equals(c.getClientId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Keycloak client portal-" + slug));
  }

  /** Creates a tenant through the API; returns its host name. */
  String createTenant(String slug, String name, String primary, String accent) {
    HttpResponse<String> created =
        send(
            "POST",
            "/api/platform/tenants",
            "application/json",
            ("{\"slug\":\"%s\",\"displayName\":\"%s\",\"hosts\":[\"%s.localhost\"],"
                    + "\"branding\":{\"primaryColor\":\"%s\",\"accentColor\":\"%s\","
                    + "\"supportEmail\":\"help@%s.example\",\"supportPhone\":\"+39 02 123456\"}}")
                .formatted(slug, name, slug, primary, accent, slug)
                .getBytes());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("tenant not created: " + created.body());
    }
    return slug + ".localhost";
  }

  /** A login account on the tenant with the given tenant roles. */
  void createAccount(String slug, String username, String roles) {
    HttpResponse<String> ensured =
        send(
            "POST",
            "/api/platform/tenants/" + slug + "/accounts",
            "application/json",
            ("{\"username\":\"%s\",\"givenName\":\"Prova\",\"surname\":\"Persona\","
                    + "\"email\":\"%s@%s.example\",\"initialPassword\":\"%s\",\"roles\":[%s]}")
                .formatted(username, username, slug, PASSWORD, roles)
                .getBytes());
    if (ensured.statusCode() != 204) {
      throw new IllegalStateException("account not created: " + ensured.body());
    }
  }

  /** A person with the realm role platform-admin and no tenant role. */
  String createPlatformOperator() {
    String username = "padmin-" + UUID.randomUUID().toString().substring(0, 8);
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setFirstName("Paola");
    user.setLastName("Piattaforma");
    user.setEmail(username + "@sigillo.example");
    user.setEmailVerified(true);
    user.setEnabled(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(PASSWORD);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    String id;
    try (var created = realm().users().create(user)) {
      id = CreatedResponseUtil.getCreatedId(created);
    }
    realm()
        .users()
        .get(id)
        .roles()
        .realmLevel()
        .add(List.of(realm().roles().get("platform-admin").toRepresentation()));
    return username;
  }

  /** Grants the realm role platform-admin to an existing person. */
  void grantPlatformAdmin(String username) {
    String id =
        realm().users().searchByUsername(username, true).stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("no user " + username))
            .getId();
    realm()
        .users()
        .get(id)
        .roles()
        .realmLevel()
        .add(List.of(realm().roles().get("platform-admin").toRepresentation()));
  }

  HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token());
    if (body != null) {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return send(request.build());
  }

  private String token() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(keycloakUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&client_id="
                        + clientId
                        + "&client_secret="
                        + secret))
            .build();
    HttpResponse<String> response = send(request);
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("no token: " + response.statusCode());
    }
    return token.group(1);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (micro/pom.xml, failsafe)");
    }
    return value;
  }

  @Override
  public void close() {
    realm().clients().get(clientUuid).remove();
    keycloak.close();
  }
}
