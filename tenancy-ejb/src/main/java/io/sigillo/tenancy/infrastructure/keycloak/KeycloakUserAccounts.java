package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginAccounts;
import io.sigillo.tenancy.api.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
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
 * Login accounts in the platform realm. Usernames are unique across the realm, but people are the
 * tenants': an account is a member of its tenant's organization and signs in only there (checked at
 * login). Ensuring an account is idempotent for the tenant's own member and refused for an account
 * that is not the tenant's (another tenant's person, or a platform operator), so two people are
 * never merged into one account with both tenants' roles. The initial password array is wiped once
 * sent.
 */
@ApplicationScoped
public class KeycloakUserAccounts implements LoginAccounts {

  @Inject private KeycloakAdmin admin;

  @Override
  public void ensure(TenantView tenant, PortalAccount account, Set<String> roles) {
    ensure(tenant.id(), account, roles);
  }

  @Override
  public void ensureCustomer(TenantId tenant, PortalAccount account) {
    ensure(tenant, account, Set.of("user"));
  }

  @Override
  public boolean setPassword(String username, char[] password) {
    try {
      RealmResource realm = admin.realm();
      String userId =
          findUser(realm, username)
              .orElseThrow(() -> new IllegalStateException("no account " + username));
      CredentialRepresentation credential = new CredentialRepresentation();
      credential.setType(CredentialRepresentation.PASSWORD);
      credential.setValue(new String(password));
      credential.setTemporary(false);
      realm.users().get(userId).resetPassword(credential);
      return true;
    } catch (BadRequestException e) {
      // the realm's password policy refused it
      return false;
    } catch (ProcessingException e) {
      throw new SigilloException(PlatformError.LOGIN_UNAVAILABLE);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private void ensure(TenantId tenant, PortalAccount account, Set<String> roles) {
    if (!TenantClients.ROLES.containsAll(roles)) {
      throw new IllegalArgumentException("not tenant roles: " + roles);
    }
    RealmResource realm = admin.realm();
    OrganizationRepresentation organization = organization(realm, tenant);
    Optional<String> existing = findUser(realm, account.username());
    String userId;
    if (existing.isPresent()) {
      wipe(account);
      if (!isMember(realm, organization, existing.get())) {
        // someone else's account: reusing it would hand that person this tenant's roles
        throw new SigilloException(PlatformError.ACCOUNT_OF_ANOTHER_PERSON, account.username());
      }
      userId = existing.get();
    } else {
      userId = create(realm, account);
      addToOrganization(realm, organization, tenant, userId);
    }
    grant(realm, tenant, userId, roles);
  }

  @Override
  public void ensurePlatformAdmin(PortalAccount account) {
    RealmResource realm = admin.realm();
    Optional<String> existing = findUser(realm, account.username());
    if (existing.isPresent()) {
      wipe(account);
      boolean operator =
          realm.users().get(existing.get()).roles().realmLevel().listEffective().stream()
              .anyMatch(r -> TenantClients.PLATFORM_ADMIN.equals(r.getName()));
      if (!operator) {
        // a tenant's person must not become a platform operator by a name clash
        throw new SigilloException(PlatformError.ACCOUNT_OF_ANOTHER_PERSON, account.username());
      }
      return;
    }
    String userId = create(realm, account);
    // adding a role the user already has is a no-op in Keycloak
    realm
        .users()
        .get(userId)
        .roles()
        .realmLevel()
        .add(List.of(realm.roles().get(TenantClients.PLATFORM_ADMIN).toRepresentation()));
  }

  @Override
  public Optional<String> email(String username) {
    return admin.realm().users().searchByUsername(username, true).stream()
        .filter(u -> username.equalsIgnoreCase(u.getUsername()))
        .map(UserRepresentation::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .findFirst();
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
    if (account.initialPassword() != null) {
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(new String(account.initialPassword()));
      password.setTemporary(false);
      user.setCredentials(List.of(password));
    }
    try (Response created = realm.users().create(user)) {
      if (created.getStatus() == 201) {
        return CreatedResponseUtil.getCreatedId(created);
      }
      if (created.getStatus() != 409) {
        throw new IllegalStateException(
            "Keycloak refused user " + account.username() + ": HTTP " + created.getStatus());
      }
    } finally {
      wipe(account);
    }
    // 409: the same username created concurrently, or an e-mail address of another account; the
    // existing account is not ours to take over (a repeated request then finds it as a member)
    throw new SigilloException(PlatformError.ACCOUNT_OF_ANOTHER_PERSON, account.username());
  }

  private static void wipe(PortalAccount account) {
    if (account.initialPassword() != null) {
      Arrays.fill(account.initialPassword(), '\0');
    }
  }

  private static OrganizationRepresentation organization(RealmResource realm, TenantId tenant) {
    return KeycloakTenantProvisioning.findOrganization(realm, tenant)
        .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " not provisioned"));
  }

  private static boolean isMember(
      RealmResource realm, OrganizationRepresentation organization, String userId) {
    try {
      realm.organizations().get(organization.getId()).members().member(userId).toRepresentation();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void addToOrganization(
      RealmResource realm,
      OrganizationRepresentation organization,
      TenantId tenant,
      String userId) {
    try (Response added =
        realm.organizations().get(organization.getId()).members().addMember(userId)) {
      if (added.getStatus() >= 300 && added.getStatus() != 409) {
        throw new IllegalStateException(
            "Keycloak refused membership in " + tenant + ": HTTP " + added.getStatus());
      }
    }
  }

  private static void grant(
      RealmResource realm, TenantId tenant, String userId, Set<String> roles) {
    ClientRepresentation client =
        KeycloakTenantProvisioning.findClient(realm, TenantClients.clientId(tenant))
            .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " not provisioned"));
    ClientResource clientResource = realm.clients().get(client.getId());
    List<RoleRepresentation> wanted =
        clientResource.roles().list().stream().filter(r -> roles.contains(r.getName())).toList();
    // adding a role the user already has is a no-op in Keycloak
    realm.users().get(userId).roles().clientLevel(client.getId()).add(wanted);
  }
}
