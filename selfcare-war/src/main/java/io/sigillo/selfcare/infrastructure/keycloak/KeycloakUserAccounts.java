package io.sigillo.selfcare.infrastructure.keycloak;

import io.sigillo.selfcare.tenant.TenantView;
import io.sigillo.selfcare.tenant.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Login accounts in the platform realm. One realm means one account per person across resellers: a
 * person served by two tenants is a member of both organizations and holds each tenant's roles
 * separately, which the portal checks per tenant. The initial password array is wiped once sent.
 */
@ApplicationScoped
public class KeycloakUserAccounts implements UserAccounts {

  @Inject private KeycloakAdmin admin;

  @Override
  public void ensure(TenantView tenant, PortalAccount account, Set<String> roles) {
    if (!TenantClients.ROLES.containsAll(roles)) {
      throw new IllegalArgumentException("not tenant roles: " + roles);
    }
    RealmResource realm = admin.realm();
    String userId = findUser(realm, account.username()).orElseGet(() -> create(realm, account));
    addToOrganization(realm, tenant, userId);
    grant(realm, tenant, userId, roles);
  }

  @Override
  public void ensurePlatformAdmin(PortalAccount account) {
    RealmResource realm = admin.realm();
    String userId = findUser(realm, account.username()).orElseGet(() -> create(realm, account));
    // adding a role the user already has is a no-op in Keycloak
    realm
        .users()
        .get(userId)
        .roles()
        .realmLevel()
        .add(List.of(realm.roles().get(TenantClients.PLATFORM_ADMIN).toRepresentation()));
  }

  private static Optional<String> findUser(RealmResource realm, String username) {
    return realm.users().searchByUsername(username, true).stream()
        .filter(u -> username.equalsIgnoreCase(u.getUsername()))
        .map(UserRepresentation::getId)
        .findFirst();
  }

  private static String create(RealmResource realm, PortalAccount account) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(account.username());
    user.setFirstName(account.givenName());
    user.setLastName(account.surname());
    user.setEmail(account.email());
    user.setEmailVerified(account.email() != null);
    user.setEnabled(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(new String(account.initialPassword()));
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    try (Response created = realm.users().create(user)) {
      if (created.getStatus() == 201) {
        return CreatedResponseUtil.getCreatedId(created);
      }
      if (created.getStatus() != 409) {
        throw new IllegalStateException(
            "Keycloak refused user " + account.username() + ": HTTP " + created.getStatus());
      }
    } finally {
      Arrays.fill(account.initialPassword(), '\0');
    }
    // 409: created concurrently, or an e-mail address already used by another account
    return findUser(realm, account.username())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Keycloak refused user " + account.username() + ": e-mail already in use"));
  }

  private static void addToOrganization(RealmResource realm, TenantView tenant, String userId) {
    OrganizationRepresentation organization =
        KeycloakTenantProvisioning.findOrganization(realm, tenant)
            .orElseThrow(
                () -> new IllegalStateException("tenant " + tenant.id() + " not provisioned"));
    try (Response added =
        realm.organizations().get(organization.getId()).members().addMember(userId)) {
      if (added.getStatus() >= 300 && added.getStatus() != 409) {
        throw new IllegalStateException(
            "Keycloak refused membership in " + tenant.id() + ": HTTP " + added.getStatus());
      }
    }
  }

  private static void grant(
      RealmResource realm, TenantView tenant, String userId, Set<String> roles) {
    ClientRepresentation client =
        KeycloakTenantProvisioning.findClient(realm, TenantClients.clientId(tenant.id()))
            .orElseThrow(
                () -> new IllegalStateException("tenant " + tenant.id() + " not provisioned"));
    ClientResource clientResource = realm.clients().get(client.getId());
    List<RoleRepresentation> wanted =
        clientResource.roles().list().stream().filter(r -> roles.contains(r.getName())).toList();
    // adding a role the user already has is a no-op in Keycloak
    realm.users().get(userId).roles().clientLevel(client.getId()).add(wanted);
  }
}
