package io.sigillo.keycloak.leveltwo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which tenant's registry the step asks, from the client the person signs in to. */
class TenantOfClientTest {

  @Test
  void thePortalAndTheSigningAppOfATenantNameThatTenant() {
    assertThat(LevelTwoAuthenticator.tenantOfClient("portal-alpha")).contains("alpha");
    assertThat(LevelTwoAuthenticator.tenantOfClient("signing-alpha")).contains("alpha");
  }

  @Test
  void otherClientsAndBarePrefixesNameNoTenant() {
    assertThat(LevelTwoAuthenticator.tenantOfClient("pa-site-1")).isEmpty();
    assertThat(LevelTwoAuthenticator.tenantOfClient("backend-alpha")).isEmpty();
    assertThat(LevelTwoAuthenticator.tenantOfClient("signing-")).isEmpty();
    assertThat(LevelTwoAuthenticator.tenantOfClient("portal-")).isEmpty();
    assertThat(LevelTwoAuthenticator.tenantOfClient(null)).isEmpty();
  }
}
