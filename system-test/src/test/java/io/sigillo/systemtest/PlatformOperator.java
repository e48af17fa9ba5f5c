package io.sigillo.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The platform operator's back end as a test runs it (micro's {@code it.support.PlatformOperator},
 * the part the system test needs, same names): a confidential client of the test's own whose
 * service account holds {@code platform-admin}, and calls to {@code /api/platform} that create a
 * tenant (provisioned into the real Keycloak by the application's admin client, so people log in
 * through the real login pages) and its login accounts. The client is removed on close.
 */
final class PlatformOperator implements AutoCloseable {

  private final URL base;
  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final String clientUuid;
  private final String clientId = Account.uniqueName("st-platform");
  private final String secret = UUID.randomUUID().toString();

  PlatformOperator(URL base) {
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
    keycloak.grantPlatformAdminTo(keycloak.serviceAccountOf(clientUuid));
  }

  /** Creates a tenant through the API; returns its host name. */
  String createTenant(String slug, String displayName, String primary, String accent) {
    HttpResponse<String> created =
        post(
            "/api/platform/tenants",
            ("{\"slug\":\"%s\",\"displayName\":\"%s\",\"hosts\":[\"%s.localhost\"],"
                    + "\"branding\":{\"primaryColor\":\"%s\",\"accentColor\":\"%s\","
                    + "\"supportEmail\":\"help@%s.example\"}}")
                .formatted(slug, displayName, slug, primary, accent, slug));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "tenant " + slug + " not created: " + created.statusCode() + " " + created.body());
    }
    return slug + ".localhost";
  }

  /** A login account on the tenant with the default password and the given roles. */
  void createAccount(String slug, String username, String... roles) {
    HttpResponse<String> ensured =
        post(
            "/api/platform/tenants/" + slug + "/accounts",
            ("{\"username\":\"%s\",\"givenName\":\"Prova\",\"surname\":\"Persona\","
                    + "\"email\":\"%s@%s.example\",\"initialPassword\":\"%s\",\"roles\":[%s]}")
                .formatted(
                    username,
                    username,
                    slug,
                    Account.PASSWORD,
                    Stream.of(roles)
                        .map(role -> "\"" + role + "\"")
                        .collect(Collectors.joining(","))));
    if (ensured.statusCode() != 204) {
      throw new IllegalStateException(
          "account " + username + " not created: " + ensured.statusCode() + " " + ensured.body());
    }
  }

  HttpResponse<String> post(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + Tokens.clientCredentials(clientId, secret))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return PayaraServer.client().send(request, HttpResponse.BodyHandlers.ofString());
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
