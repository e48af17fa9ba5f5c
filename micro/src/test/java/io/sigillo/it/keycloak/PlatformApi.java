package io.sigillo.it.keycloak;

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
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * A platform back-end as a reseller-facing operator would run it: its own confidential client in
 * the platform realm whose service account holds {@code platform-admin}, a client-credentials
 * token, and calls to {@code /api/platform}. Each test makes its own and removes it afterwards.
 */
final class PlatformApi implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final URL base;
  private final KeycloakReadBack keycloak = new KeycloakReadBack();
  private final String clientUuid;
  private final String clientId;
  private final String secret = UUID.randomUUID().toString();

  /** A client whose service account has platform-admin when {@code admin}, else no role at all. */
  PlatformApi(URL base, boolean admin) {
    this.base = base;
    RealmResource realm = keycloak.realm();
    clientId = "it-platform-" + UUID.randomUUID().toString().substring(0, 8);
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    try (var created = realm.clients().create(client)) {
      clientUuid = CreatedResponseUtil.getCreatedId(created);
    }
    if (admin) {
      String serviceAccount = realm.clients().get(clientUuid).getServiceAccountUser().getId();
      realm
          .users()
          .get(serviceAccount)
          .roles()
          .realmLevel()
          .add(List.of(realm.roles().get("platform-admin").toRepresentation()));
    }
  }

  String token() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    KeycloakReadBack.url()
                        + "/realms/"
                        + KeycloakReadBack.REALM
                        + "/protocol/openid-connect/token"))
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

  HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request = request(path);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.GET().build());
  }

  /** Creates a tenant through the API and fails the test if that does not work. */
  String createTenant(String slug, String displayName, String primary, String accent) {
    HttpResponse<String> created =
        post(
            "/api/platform/tenants",
            "{\"slug\":\""
                + slug
                + "\",\"displayName\":\""
                + displayName
                + "\",\"hosts\":[\""
                + slug
                + ".localhost\"],\"branding\":{\"primaryColor\":\""
                + primary
                + "\",\"accentColor\":\""
                + accent
                + "\",\"supportEmail\":\"help@"
                + slug
                + ".example\"}}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "tenant " + slug + " not created: " + created.statusCode() + " " + created.body());
    }
    return slug + ".localhost";
  }

  /** Creates a login account with the user role on the tenant. */
  void createUser(String slug, String username, String givenName, String password) {
    HttpResponse<String> ensured =
        post(
            "/api/platform/tenants/" + slug + "/accounts",
            "{\"username\":\""
                + username
                + "\",\"givenName\":\""
                + givenName
                + "\",\"surname\":\"Prova\",\"email\":\""
                + username
                + "@"
                + slug
                + ".example\",\"initialPassword\":\""
                + password
                + "\",\"roles\":[\"user\"]}");
    if (ensured.statusCode() != 204) {
      throw new IllegalStateException(
          "account " + username + " not created: " + ensured.statusCode() + " " + ensured.body());
    }
  }

  KeycloakReadBack keycloak() {
    return keycloak;
  }

  private HttpRequest.Builder request(String path) {
    try {
      // the platform API is not tenant-scoped: any host reaches it
      return HttpRequest.newBuilder(new URI(base.toString().replaceAll("/$", "") + path))
          .timeout(Duration.ofSeconds(60))
          .header("Accept", "application/json");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    keycloak.realm().clients().get(clientUuid).remove();
    keycloak.close();
  }
}
