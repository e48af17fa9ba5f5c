package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients.Kind;
import io.sigillo.tenancy.application.BackEndSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The back-end client's secret through the admin API. Like the portal's ({@link ClientSecrets}), it
 * lives in Keycloak only: nothing to encrypt or leak here, and a rotation is Keycloak's own
 * "regenerate secret". The value is never logged.
 */
@ApplicationScoped
public class KeycloakBackEndSecrets implements BackEndSecrets {

  @Inject private KeycloakAdmin admin;

  @Override
  public Optional<String> secret(TenantId tenant) {
    RealmResource realm = admin.realm();
    return KeycloakClients.find(realm, Kind.BACK_END.clientId(tenant))
        .map(client -> realm.clients().get(client.getId()).getSecret().getValue());
  }

  @Override
  public Optional<String> rotate(TenantId tenant) {
    RealmResource realm = admin.realm();
    return KeycloakClients.find(realm, Kind.BACK_END.clientId(tenant))
        .map(client -> realm.clients().get(client.getId()).generateNewSecret().getValue());
  }
}
