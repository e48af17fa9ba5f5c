package io.sigillo.tenancy.infrastructure.keycloak;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The converging steps every tenant client is made of, shared by the portal, back-end and
 * signing-app clients: look the object up first, create it when missing, treat "409 Conflict" as
 * "another node made it meanwhile" (the admin client's {@code create} calls that return a {@code
 * Response} do not throw on 409, {@code roles().create} does), so provisioning can be repeated.
 */
final class KeycloakClients {

  private KeycloakClients() {}

  static Optional<ClientRepresentation> find(RealmResource realm, String clientId) {
    return realm.clients().findByClientId(clientId).stream()
        .filter(c -> clientId.equals(c.getClientId()))
        .findFirst();
  }

  /**
   * Creates the client or brings it to the desired state; returns its internal id. {@code desired}
   * gets the current representation (null when creating) and returns the one to store, keeping what
   * we do not own (id, secret).
   */
  static String ensure(
      RealmResource realm, String clientId, UnaryOperator<ClientRepresentation> desired) {
    Optional<ClientRepresentation> existing = find(realm, clientId);
    if (existing.isEmpty()) {
      try (Response created = realm.clients().create(desired.apply(null))) {
        if (created.getStatus() == 201) {
          return CreatedResponseUtil.getCreatedId(created);
        }
        if (created.getStatus() != 409) {
          throw new IllegalStateException(
              "Keycloak refused client " + clientId + ": HTTP " + created.getStatus());
        }
      }
      // 409: created concurrently by another node; converge on what is there
      existing = find(realm, clientId);
    }
    ClientRepresentation current =
        existing.orElseThrow(() -> new IllegalStateException("client " + clientId + " vanished"));
    realm.clients().get(current.getId()).update(desired.apply(current));
    return current.getId();
  }

  /** Adds the mapper unless one of the same name is there (an operator's edits are kept). */
  static void ensureMapper(ClientResource client, ProtocolMapperRepresentation mapper) {
    boolean present =
        client.getProtocolMappers().getMappers().stream()
            .anyMatch(m -> mapper.getName().equals(m.getName()));
    if (present) {
      return;
    }
    try (Response created = client.getProtocolMappers().createMapper(mapper)) {
      if (created.getStatus() != 201 && created.getStatus() != 409) {
        throw new IllegalStateException(
            "Keycloak refused mapper " + mapper.getName() + ": HTTP " + created.getStatus());
      }
    }
  }

  static void ensureRole(ClientResource client, String role) {
    boolean present =
        client.roles().list().stream().map(RoleRepresentation::getName).anyMatch(role::equals);
    if (present) {
      return;
    }
    RoleRepresentation representation = new RoleRepresentation();
    representation.setName(role);
    representation.setClientRole(true);
    try {
      client.roles().create(representation);
    } catch (ClientErrorException e) {
      if (e.getResponse().getStatus() != 409) {
        throw e;
      }
    }
  }

  /**
   * Puts the roles of {@code owner} (another client's) into {@code client}'s scope: with {@code
   * fullScopeAllowed} off, a token carries only the roles in its client's scope.
   */
  static void ensureScope(ClientResource client, String ownerUuid, List<RoleRepresentation> roles) {
    List<String> present =
        client.getScopeMappings().clientLevel(ownerUuid).listAll().stream()
            .map(RoleRepresentation::getName)
            .toList();
    List<RoleRepresentation> missing =
        roles.stream().filter(r -> !present.contains(r.getName())).toList();
    if (!missing.isEmpty()) {
      client.getScopeMappings().clientLevel(ownerUuid).add(missing);
    }
  }

  /** Makes the realm's client scope {@code name} one of the client's default scopes. */
  static void ensureDefaultScope(RealmResource realm, ClientResource client, String name) {
    boolean present =
        client.getDefaultClientScopes().stream().anyMatch(s -> name.equals(s.getName()));
    if (present) {
      return;
    }
    String scopeId =
        realm.clientScopes().findAll().stream()
            .filter(s -> name.equals(s.getName()))
            .map(ClientScopeRepresentation::getId)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no client scope " + name + " in realm"));
    client.addDefaultClientScope(scopeId);
  }
}
