package io.sigillo.systemtest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * An admin-API connection independent of the application's (the master realm's bootstrap admin), as
 * much of micro's {@code it.support.KeycloakAdmin} as the system test needs, same names.
 */
final class KeycloakAdmin implements AutoCloseable {

  /** The platform realm every tenant lives in. */
  static final String REALM = "sigillo";

  /** The audience the application's API requires in access tokens (sigillo.api.audience). */
  static final String API_AUDIENCE = "sigillo-api";

  private final Keycloak keycloak =
      KeycloakBuilder.builder()
          .serverUrl(Environment.keycloakUrl())
          .realm("master")
          .clientId("admin-cli")
          .grantType(OAuth2Constants.PASSWORD)
          .username(Environment.require("SIGILLO_IT_KEYCLOAK_ADMIN_USER"))
          .password(Environment.require("SIGILLO_IT_KEYCLOAK_ADMIN_PASSWORD"))
          .build();

  RealmResource realm() {
    return keycloak.realm(REALM);
  }

  /** Creates a client in the platform realm; returns its internal id. */
  String createClient(ClientRepresentation client) {
    try (Response created = realm().clients().create(client)) {
      return CreatedResponseUtil.getCreatedId(created);
    }
  }

  /** The audience mapper a client needs for its tokens to be accepted by the API. */
  static ProtocolMapperRepresentation apiAudienceMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("sigillo-api-audience");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    mapper.setConfig(
        Map.of(
            "included.custom.audience", API_AUDIENCE,
            "access.token.claim", "true",
            "id.token.claim", "false"));
    return mapper;
  }

  /** The internal id of a client's service-account user. */
  String serviceAccountOf(String clientUuid) {
    return realm().clients().get(clientUuid).getServiceAccountUser().getId();
  }

  /** Grants the realm role platform-admin to a user (a person or a service account) by id. */
  void grantPlatformAdminTo(String userId) {
    realm()
        .users()
        .get(userId)
        .roles()
        .realmLevel()
        .add(List.of(realm().roles().get("platform-admin").toRepresentation()));
  }

  @Override
  public void close() {
    keycloak.close();
  }
}
