package io.sigillo.it.holder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A test tenant's people as Keycloak knows them: the tenant's client ({@code portal-<slug>}, as
 * provisioning names it) with its roles and {@code groups} mapper, people with the {@code user}
 * role who get tokens by password (so a token names the person, as a session would), and a service
 * account with the {@code operator} role for the tenant's back-office calls. Everything is made
 * through the master realm's admin and removed on close.
 */
final class PortalPeople implements AutoCloseable {

  static final String PASSWORD = "It-Portal-Password-1";
  private static final String REALM = "sigillo";
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final Keycloak keycloak;
  private final RealmResource realm;
  private final String clientId;
  private final String clientUuid;
  private final String secret = UUID.randomUUID().toString();
  private final List<String> users = new ArrayList<>();

  PortalPeople(String slug) {
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
    realm = keycloak.realm(REALM);
    clientId = "portal-" + slug;
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setFullScopeAllowed(false);
    client.setProtocolMappers(List.of(groupsMapper()));
    try (var created = realm.clients().create(client)) {
      clientUuid = CreatedResponseUtil.getCreatedId(created);
    }
    ClientResource resource = realm.clients().get(clientUuid);
    for (String name : List.of("user", "operator")) {
      RoleRepresentation representation = new RoleRepresentation();
      representation.setName(name);
      representation.setClientRole(true);
      resource.roles().create(representation);
    }
    realm
        .users()
        .get(resource.getServiceAccountUser().getId())
        .roles()
        .clientLevel(clientUuid)
        .add(List.of(resource.roles().get("operator").toRepresentation()));
  }

  /** A new person of this tenant with the user role; returns the username. */
  String person(String prefix) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setFirstName("It");
    user.setLastName("Holder");
    user.setEmail(username + "@it.example");
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(PASSWORD);
    credential.setTemporary(false);
    user.setCredentials(List.of(credential));
    String id;
    try (var created = realm.users().create(user)) {
      id = CreatedResponseUtil.getCreatedId(created);
    }
    users.add(id);
    realm
        .users()
        .get(id)
        .roles()
        .clientLevel(clientUuid)
        .add(List.of(realm.clients().get(clientUuid).roles().get("user").toRepresentation()));
    return username;
  }

  /** An access token of the person, as the portal's API accepts it. */
  String token(String username) {
    return tokenFor(
        "grant_type=password&client_id="
            + clientId
            + "&client_secret="
            + secret
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
  }

  /** An access token of the tenant's back office (role operator). */
  String operatorToken() {
    return tokenFor(
        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
  }

  private static String tokenFor(String form) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    env("SIGILLO_KEYCLOAK_URL")
                        + "/realms/"
                        + REALM
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException(
            "no token: " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ProtocolMapperRepresentation groupsMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("tenant-roles-as-groups");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-usermodel-client-role-mapper");
    mapper.setConfig(
        Map.of(
            "claim.name", "groups",
            "jsonType.label", "String",
            "multivalued", "true",
            "access.token.claim", "true",
            "usermodel.clientRoleMapping.clientId", ""));
    return mapper;
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
    for (String id : users) {
      realm.users().get(id).remove();
    }
    realm.clients().get(clientUuid).remove();
    keycloak.close();
  }
}
