package io.sigillo.it.holder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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

/**
 * The platform operator as the page tests need it: a platform-admin client of the test's own,
 * creating tenants (provisioned into Keycloak, so people log in through the real login pages) and
 * their login accounts through the platform API. The client is removed on close.
 */
final class PlatformAdmin implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final URL base;
  private final Keycloak keycloak;
  private final String clientUuid;
  private final String clientId = "it-holder-" + UUID.randomUUID().toString().substring(0, 8);
  private final String secret = UUID.randomUUID().toString();

  PlatformAdmin(URL base) {
    this.base = base;
    keycloak =
        KeycloakBuilder.builder()
            .serverUrl(PortalPeople.env("SIGILLO_KEYCLOAK_URL"))
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(PortalPeople.env("SIGILLO_IT_KEYCLOAK_ADMIN_USER"))
            .password(PortalPeople.env("SIGILLO_IT_KEYCLOAK_ADMIN_PASSWORD"))
            .resteasyClient(new ResteasyClientBuilderImpl().build())
            .build();
    RealmResource realm = keycloak.realm("sigillo");
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    try (var created = realm.clients().create(client)) {
      clientUuid = CreatedResponseUtil.getCreatedId(created);
    }
    realm
        .users()
        .get(realm.clients().get(clientUuid).getServiceAccountUser().getId())
        .roles()
        .realmLevel()
        .add(List.of(realm.roles().get("platform-admin").toRepresentation()));
  }

  /** A new tenant, provisioned; returns its slug (its host is slug.localhost). */
  String tenant(String prefix, String displayName) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        post(
            "/api/platform/tenants",
            "{\"slug\":\""
                + slug
                + "\",\"displayName\":\""
                + displayName
                + "\",\"hosts\":[\""
                + slug
                + ".localhost\"],\"branding\":{\"primaryColor\":\"#0b5394\",\"accentColor\":"
                + "\"#e69138\",\"supportEmail\":\"help@"
                + slug
                + ".example\"}}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "tenant not created: " + created.statusCode() + created.body());
    }
    return slug;
  }

  /** A login account with the user role on the tenant; returns the username. */
  String person(String tenant, String name, String password) {
    String username = name + "-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> ensured =
        post(
            "/api/platform/tenants/" + tenant + "/accounts",
            "{\"username\":\""
                + username
                + "\",\"givenName\":\"Anna\",\"surname\":\"Bianchi\","
                + "\"email\":\""
                + username
                + "@"
                + tenant
                + ".example\",\"initialPassword\":\""
                + password
                + "\",\"roles\":[\"user\"]}");
    if (ensured.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "account not created: " + ensured.statusCode() + ensured.body());
    }
    return username;
  }

  private HttpResponse<String> post(String path, String json) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
              .timeout(Duration.ofSeconds(120))
              .header("Authorization", "Bearer " + token())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String token() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    PortalPeople.env("SIGILLO_KEYCLOAK_URL")
                        + "/realms/sigillo/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&client_id="
                        + clientId
                        + "&client_secret="
                        + secret))
            .build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("no platform token: " + response.statusCode());
    }
    return token.group(1);
  }

  @Override
  public void close() {
    keycloak.realm("sigillo").clients().get(clientUuid).remove();
    keycloak.close();
  }
}
