package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;

/** The login's view of Keycloak: settings and client secrets, without the admin API itself. */
@ApplicationScoped
public class KeycloakLoginClients implements LoginClients {

  @Inject private KeycloakSettings settings;
  @Inject private ClientSecrets secrets;

  @Override
  public String secret(TenantId tenant) {
    return secrets.secret(tenant);
  }

  @Override
  public URI issuer() {
    return settings.issuer();
  }

  @Override
  public Duration timeout() {
    return settings.timeout();
  }

  @Override
  public String apiAudience() {
    return settings.apiAudience();
  }

  @Override
  public byte[] derivedKey(String purpose) {
    return settings.derivedKey(purpose);
  }
}
