package io.sigillo.systemtest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * A seeded tenant's own Keycloak client ({@code portal-<slug>}, as provisioning names it) with the
 * tenant roles as {@code groups} and the API's audience, whose service account holds one tenant
 * role: the tenant's back end. Micro's {@code it.support.TenantClient}, the part the system test
 * needs, same names. Removed on close.
 */
final class TenantClient implements AutoCloseable {

  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final String clientId;
  private final String clientUuid;
  private final String secret = UUID.randomUUID().toString();

  /** The tenant's client whose service account holds {@code serviceRole} (user or operator). */
  TenantClient(String slug, String serviceRole) {
    clientId = "portal-" + slug;
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setFullScopeAllowed(false);
    client.setProtocolMappers(List.of(groupsMapper(), KeycloakAdmin.apiAudienceMapper()));
    clientUuid = keycloak.createClient(client);
    ClientResource resource = keycloak.realm().clients().get(clientUuid);
    for (String name : List.of("user", "operator")) {
      RoleRepresentation representation = new RoleRepresentation();
      representation.setName(name);
      representation.setClientRole(true);
      resource.roles().create(representation);
    }
    keycloak
        .realm()
        .users()
        .get(keycloak.serviceAccountOf(clientUuid))
        .roles()
        .clientLevel(clientUuid)
        .add(List.of(resource.roles().get(serviceRole).toRepresentation()));
  }

  /** An access token of the tenant's back end (the service account's role). */
  String serviceToken() {
    return Tokens.clientCredentials(clientId, secret);
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

  @Override
  public void close() {
    keycloak.realm().clients().get(clientUuid).remove();
    keycloak.close();
  }
}
