package io.sigillo.it.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * Tenants and their SPID holders for black-box tests, made the way the platform makes them: the
 * tenant and the login account through the platform API (provisioned into the real Keycloak) with a
 * platform-admin client of the test's own; the identity as the registration desk leaves it, a row
 * with verified contacts. Each test makes its own, uniquely named, and removes its client.
 */
final class Holders implements AutoCloseable {

  static final String PASSWORD = "Prova-Password-2026";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final URL base;
  private final Keycloak keycloak;
  private final String clientUuid;
  private final String clientId = "it-identity-" + UUID.randomUUID().toString().substring(0, 8);
  private final String secret = UUID.randomUUID().toString();

  /** A holder as created: username, e-mail and mobile on the tenant's host. */
  record Holder(String tenant, String host, String username, String email, String mobile) {}

  Holders(URL base) {
    this.base = base;
    keycloak =
        KeycloakBuilder.builder()
            .serverUrl(env("SIGILLO_KEYCLOAK_URL"))
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(env("SIGILLO_IT_KEYCLOAK_ADMIN_USER"))
            .password(env("SIGILLO_IT_KEYCLOAK_ADMIN_PASSWORD"))
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
    String serviceAccount = realm.clients().get(clientUuid).getServiceAccountUser().getId();
    realm
        .users()
        .get(serviceAccount)
        .roles()
        .realmLevel()
        .add(List.of(realm.roles().get("platform-admin").toRepresentation()));
  }

  /** A new tenant, provisioned; returns its slug. */
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

  /** A login account with the user role and its SPID identity (no OTP app yet). */
  Holder holder(String tenant, String name, String mobile) {
    String username = name + "-" + UUID.randomUUID().toString().substring(0, 6);
    String email = username + "@" + tenant + ".example";
    account(tenant, username, email);
    insertIdentity(tenant, username, email, mobile);
    return new Holder(tenant, tenant + ".localhost", username, email, mobile);
  }

  /**
   * The user role on a tenant for an account (created if missing): the same person served by two
   * resellers, with one login account in the realm.
   */
  void account(String tenant, String username, String email) {
    HttpResponse<String> ensured =
        post(
            "/api/platform/tenants/" + tenant + "/accounts",
            "{\"username\":\""
                + username
                + "\",\"givenName\":\"Mario\",\"surname\":\"Rossi\",\"email\":\""
                + email
                + "\",\"initialPassword\":\""
                + PASSWORD
                + "\",\"roles\":[\"user\"]}");
    if (ensured.statusCode() != 204) {
      throw new IllegalStateException(
          "account not created: " + ensured.statusCode() + ensured.body());
    }
  }

  private static void insertIdentity(String tenant, String username, String email, String mobile) {
    try (Connection c =
        DriverManager.getConnection(
            System.getProperty("sigillo.it.db.url"),
            System.getProperty("sigillo.it.db.user"),
            "")) {
      long id;
      try (var seq = c.createStatement().executeQuery("select nextval('identity_seq')")) {
        seq.next();
        id = seq.getLong(1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into identity (id, tenant_id, username, given_name, surname, email, mobile,"
                  + " status, created_at, email_verified, mobile_verified)"
                  + " values (?, ?, ?, 'Mario', 'Rossi', ?, ?, 'ACTIVE', now(), true, true)")) {
        ps.setLong(1, id);
        ps.setString(2, tenant);
        ps.setString(3, username);
        ps.setString(4, email);
        ps.setString(5, mobile);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("identity of " + username + " not inserted", e);
    }
  }

  private String token() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    env("SIGILLO_KEYCLOAK_URL") + "/realms/sigillo/protocol/openid-connect/token"))
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

  private HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token())
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
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

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (micro/pom.xml, failsafe)");
    }
    return value;
  }

  @Override
  public void close() {
    keycloak.realm("sigillo").clients().get(clientUuid).remove();
    keycloak.close();
  }
}
