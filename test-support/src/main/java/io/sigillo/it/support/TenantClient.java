package io.sigillo.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * A test tenant's own Keycloak client ({@code portal-<slug>}, as provisioning names it) for tenants
 * seeded straight into the database: its {@code user} and {@code operator} roles and the {@code
 * groups} mapper, so tokens carry {@code azp} = the tenant's client and {@code groups} = the roles,
 * as the application's API expects, and {@code aud} = the API's audience, which the API requires.
 * Its service account holds one tenant role (the tenant's back end); people made here get the
 * {@code user} role and tokens by password, so a token names the person as a session would.
 * Everything is made through the master realm's admin and removed on close.
 */
public final class TenantClient implements AutoCloseable {

  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final String clientId;
  private final String clientUuid;
  private final String secret = UUID.randomUUID().toString();
  private final List<String> users = new ArrayList<>();

  /** The tenant's client with a back-office service account (role operator). */
  public TenantClient(String slug) {
    this(slug, "operator");
  }

  /** The tenant's client whose service account holds {@code serviceRole} (user or operator). */
  public TenantClient(String slug, String serviceRole) {
    clientId = "portal-" + slug;
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setServiceAccountsEnabled(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setFullScopeAllowed(false);
    client.setProtocolMappers(
        List.of(KeycloakAdmin.groupsMapper(), KeycloakAdmin.apiAudienceMapper()));
    clientUuid = keycloak.createClient(client);
    ClientResource resource = keycloak.realm().clients().get(clientUuid);
    for (String name : List.of("user", "operator")) {
      RoleRepresentation representation = new RoleRepresentation();
      representation.setName(name);
      representation.setClientRole(true);
      resource.roles().create(representation);
    }
    grant(keycloak.serviceAccountOf(clientUuid), serviceRole);
  }

  /** A new person of this tenant with the user role; returns the username. */
  public String person(String prefix) {
    String username = Account.uniqueName(prefix);
    String id =
        keycloak.createUser(username, "It", "Holder", username + "@it.example", Account.PASSWORD);
    users.add(id);
    grant(id, "user");
    return username;
  }

  /** An access token of a person made here, as the portal's API accepts it. */
  public String token(String username) {
    return Tokens.password(clientId, secret, username, Account.PASSWORD);
  }

  /** An access token of the tenant's back end (the service account's role). */
  public String serviceToken() {
    return Tokens.clientCredentials(clientId, secret);
  }

  private void grant(String userId, String role) {
    keycloak
        .realm()
        .users()
        .get(userId)
        .roles()
        .clientLevel(clientUuid)
        .add(
            List.of(
                keycloak.realm().clients().get(clientUuid).roles().get(role).toRepresentation()));
  }

  @Override
  public void close() {
    for (String id : users) {
      keycloak.realm().users().get(id).remove();
    }
    keycloak.realm().clients().get(clientUuid).remove();
    keycloak.close();
  }
}
