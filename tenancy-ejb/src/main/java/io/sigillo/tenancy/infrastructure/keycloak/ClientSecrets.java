package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client secret of each tenant's portal client, for the token requests of the login.
 *
 * <p>Keycloak stays the only place the secret is stored: it is read through the admin API when
 * first needed and kept in memory only. No copy in our database means nothing to encrypt, no key to
 * manage and nothing to leak from a backup; rotating a secret in Keycloak needs no migration here,
 * only {@link #forget} (done on re-provisioning) or a restart. The value is never logged.
 */
@ApplicationScoped
public class ClientSecrets {

  @Inject private KeycloakAdmin admin;

  private final ConcurrentHashMap<TenantId, String> secrets = new ConcurrentHashMap<>();

  /** The secret of the tenant's client; throws if the tenant is not provisioned in Keycloak. */
  public String secret(TenantId tenant) {
    return secrets.computeIfAbsent(tenant, this::read);
  }

  public void forget(TenantId tenant) {
    secrets.remove(tenant);
  }

  private String read(TenantId tenant) {
    String clientId = TenantClients.clientId(tenant);
    String uuid =
        KeycloakTenantProvisioning.findClient(admin.realm(), clientId)
            .orElseThrow(() -> new IllegalStateException("no Keycloak client " + clientId))
            .getId();
    return admin.realm().clients().get(uuid).getSecret().getValue();
  }
}
