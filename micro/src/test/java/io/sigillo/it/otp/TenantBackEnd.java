package io.sigillo.it.otp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * A tenant's back-end as the OTP API sees it: the tenant's own Keycloak client ({@code
 * portal-<slug>}, as provisioning names it) with its roles and {@code groups} mapper, here with a
 * service account holding one tenant role, so client-credentials tokens carry {@code azp} = the
 * tenant's client and {@code groups} = that role. Made through the master realm's admin, removed on
 * close.
 */
final class TenantBackEnd implements AutoCloseable {

  private static final String REALM = "sigillo";
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final Keycloak keycloak;
  private final String clientId;
  private final String clientUuid;
  private final String secret = UUID.randomUUID().toString();

  TenantBackEnd(String slug, String role) {
    this("portal-" + slug, role, false);
  }

  /**
   * The platform operator's back-end: a client of its own whose service account holds the realm
   * role {@code platform-admin} (the tokens {@code /api/platform} requires), and no tenant role.
   */
  static TenantBackEnd platformAdmin() {
    return new TenantBackEnd(
        "it-platform-" + UUID.randomUUID().toString().substring(0, 8), "", true);
  }

  private TenantBackEnd(String clientId, String role, boolean platformAdmin) {
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
    RealmResource realm = keycloak.realm(REALM);
    this.clientId = clientId;
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setFullScopeAllowed(false);
    client.setProtocolMappers(List.of(groupsMapper()));
    try (var created = realm.clients().create(client)) {
      clientUuid = CreatedResponseUtil.getCreatedId(created);
    }
    ClientResource resource = realm.clients().get(clientUuid);
    if (platformAdmin) {
      realm
          .users()
          .get(resource.getServiceAccountUser().getId())
          .roles()
          .realmLevel()
          .add(List.of(realm.roles().get("platform-admin").toRepresentation()));
      return;
    }
    for (String name : List.of("user", "operator")) {
      RoleRepresentation representation = new RoleRepresentation();
      representation.setName(name);
      representation.setClientRole(true);
      resource.roles().create(representation);
    }
    String serviceAccount = resource.getServiceAccountUser().getId();
    realm
        .users()
        .get(serviceAccount)
        .roles()
        .clientLevel(clientUuid)
        .add(List.of(resource.roles().get(role).toRepresentation()));
  }

  String token() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    env("SIGILLO_KEYCLOAK_URL")
                        + "/realms/"
                        + REALM
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&client_id="
                        + clientId
                        + "&client_secret="
                        + secret))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("no token: " + response.statusCode());
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

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (micro/pom.xml, failsafe)");
    }
    return value;
  }

  @Override
  public void close() {
    keycloak.realm(REALM).clients().get(clientUuid).remove();
    keycloak.close();
  }
}
