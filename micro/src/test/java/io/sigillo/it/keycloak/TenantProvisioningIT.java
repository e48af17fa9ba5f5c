package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.SigningAppTokens;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creating a tenant provisions it into the real Keycloak — portal client, roles, mapper,
 * organization, the back-end and signing-app clients — as read back through the admin API with
 * Keycloak's own admin (not the application's account); provisioning again changes nothing and
 * gives a tenant that lacks them its back-end and signing-app clients; disabling disables all three
 * clients; accounts are created once, joined to the organization and granted the tenant roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantProvisioningIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void creatingATenantProvisionsItsClientRolesMapperAndOrganizationInKeycloak() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      String slug = Account.uniqueName("prov");
      HttpResponse<String> created =
          platform.post(
              "/api/platform/tenants",
              "{\"slug\":\""
                  + slug
                  + "\",\"displayName\":\"Provisioning Srl\",\"hosts\":[\""
                  + slug
                  + ".localhost\",\"www."
                  + slug
                  + ".example\"],\"branding\":{"
                  + "\"primaryColor\":\"#112233\",\"accentColor\":\"#445566\","
                  + "\"supportEmail\":\"help@"
                  + slug
                  + ".example\"}}");
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.body()).contains("\"status\":\"ACTIVE\"");

      RealmResource realm = platform.keycloak().realm();
      List<ClientRepresentation> clients = realm.clients().findByClientId("portal-" + slug);
      assertThat(clients).hasSize(1);
      ClientRepresentation client = clients.get(0);
      assertThat(client.isEnabled()).isTrue();
      assertThat(client.isPublicClient()).isFalse();
      assertThat(client.isStandardFlowEnabled()).isTrue();
      assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
      assertThat(client.isFullScopeAllowed()).isFalse();
      assertThat(client.getRedirectUris())
          .contains(
              "https://" + slug + ".localhost/*",
              "http://" + slug + ".localhost/*",
              "http://" + slug + ".localhost:*",
              "https://www." + slug + ".example/*")
          .doesNotContain("http://www." + slug + ".example:*");
      assertThat(client.getWebOrigins()).contains("https://www." + slug + ".example");
      assertThat(client.getAttributes())
          .containsEntry("pkce.code.challenge.method", "S256")
          .containsEntry("sigillo.brand.name", "Provisioning Srl")
          .containsEntry("sigillo.brand.primary-color", "#112233")
          .containsEntry("sigillo.brand.support-email", "help@" + slug + ".example");

      ClientResource resource = realm.clients().get(client.getId());
      assertThat(resource.roles().list())
          .extracting(RoleRepresentation::getName)
          .containsExactlyInAnyOrder("user", "operator");
      List<ProtocolMapperRepresentation> mappers = resource.getProtocolMappers().getMappers();
      assertThat(mappers)
          .filteredOn(m -> "oidc-usermodel-client-role-mapper".equals(m.getProtocolMapper()))
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m.getConfig())
                      .containsEntry("claim.name", "groups")
                      .containsEntry("multivalued", "true")
                      .containsEntry("id.token.claim", "true")
                      .containsEntry("access.token.claim", "true"));
      assertThat(realm.organizations().searchByAttribute("sigillo.tenant:" + slug))
          .singleElement()
          .extracting(OrganizationRepresentation::getAlias)
          .isEqualTo(slug);
      assertBackEndAndSigningAppClients(platform, slug);
    }
  }

  /**
   * The reseller's back end: confidential, client credentials only, its service account holding the
   * tenant's operator role alone; the signing app: public, PKCE S256 required, no direct grants,
   * the tenant's user role at most, the acr scope. Both with the API audience and the tenant roles
   * as groups.
   */
  private static void assertBackEndAndSigningAppClients(PlatformOperator platform, String slug) {
    RealmResource realm = platform.keycloak().realm();
    String portalUuid = platform.keycloak().portalClient(slug).getId();

    ClientRepresentation backEnd = platform.keycloak().client("backend-" + slug);
    assertThat(backEnd.isEnabled()).isTrue();
    assertThat(backEnd.isPublicClient()).isFalse();
    assertThat(backEnd.isServiceAccountsEnabled()).isTrue();
    assertThat(backEnd.isStandardFlowEnabled()).isFalse();
    assertThat(backEnd.isImplicitFlowEnabled()).isFalse();
    assertThat(backEnd.isDirectAccessGrantsEnabled()).isFalse();
    assertThat(backEnd.isFullScopeAllowed()).isFalse();
    ClientResource backEndResource = realm.clients().get(backEnd.getId());
    String serviceAccount = backEndResource.getServiceAccountUser().getId();
    assertThat(realm.users().get(serviceAccount).roles().clientLevel(portalUuid).listAll())
        .extracting(RoleRepresentation::getName)
        .containsExactly("operator");
    assertThat(realm.users().get(serviceAccount).roles().realmLevel().listEffective())
        .extracting(RoleRepresentation::getName)
        .doesNotContain("platform-admin");
    assertThat(backEndResource.getScopeMappings().clientLevel(portalUuid).listAll())
        .extracting(RoleRepresentation::getName)
        .containsExactly("operator");
    assertTenantMappers(backEndResource, slug);

    ClientRepresentation signing = platform.keycloak().client("signing-" + slug);
    assertThat(signing.isEnabled()).isTrue();
    assertThat(signing.isPublicClient()).isTrue();
    assertThat(signing.isStandardFlowEnabled()).isTrue();
    assertThat(signing.isImplicitFlowEnabled()).isFalse();
    assertThat(signing.isDirectAccessGrantsEnabled()).isFalse();
    assertThat(signing.isServiceAccountsEnabled()).isFalse();
    assertThat(signing.isFullScopeAllowed()).isFalse();
    assertThat(signing.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
    assertThat(signing.getRedirectUris()).containsExactly("http://127.0.0.1/*");
    ClientResource signingResource = realm.clients().get(signing.getId());
    assertThat(signingResource.getScopeMappings().clientLevel(portalUuid).listAll())
        .extracting(RoleRepresentation::getName)
        .containsExactly("user");
    assertThat(signingResource.getDefaultClientScopes())
        .extracting(ClientScopeRepresentation::getName)
        .contains("acr");
    assertTenantMappers(signingResource, slug);

    // Keycloak itself refuses the signing app's authorization request without a code challenge
    HttpBrowser.Page withoutPkce =
        new HttpBrowser()
            .get(
                SigningAppTokens.authorizationUrl(
                    "signing-" + slug, "http://127.0.0.1:9/callback", "s", null));
    assertThat(withoutPkce.status()).isEqualTo(302);
    assertThat(withoutPkce.header("Location"))
        .startsWith("http://127.0.0.1:9/callback")
        .contains("error=invalid_request", "code_challenge");
  }

  private static void assertTenantMappers(ClientResource client, String slug) {
    List<ProtocolMapperRepresentation> mappers = client.getProtocolMappers().getMappers();
    assertThat(mappers)
        .filteredOn(m -> "oidc-usermodel-client-role-mapper".equals(m.getProtocolMapper()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.getConfig())
                    .containsEntry("claim.name", "groups")
                    .containsEntry("usermodel.clientRoleMapping.clientId", "portal-" + slug)
                    .containsEntry("access.token.claim", "true"));
    assertThat(mappers)
        .filteredOn(m -> "oidc-audience-mapper".equals(m.getProtocolMapper()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.getConfig()).containsEntry("included.custom.audience", "sigillo-api"));
  }

  @Test
  void provisioningAgainChangesNothingAndDisablingDisablesTheClient() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      String slug = Account.uniqueName("again");
      platform.createTenant(slug, "Di Nuovo Spa", "#123456", "#654321");

      assertThat(platform.post("/api/platform/tenants/" + slug + "/provision", "").statusCode())
          .isEqualTo(200);
      assertThat(platform.post("/api/platform/tenants/" + slug + "/provision", "").statusCode())
          .isEqualTo(200);

      RealmResource realm = platform.keycloak().realm();
      List<ClientRepresentation> clients = realm.clients().findByClientId("portal-" + slug);
      assertThat(clients).hasSize(1);
      ClientResource resource = realm.clients().get(clients.get(0).getId());
      assertThat(resource.roles().list()).hasSize(2);
      assertThat(resource.getProtocolMappers().getMappers())
          .filteredOn(m -> "groups".equals(m.getConfig().get("claim.name")))
          .hasSize(1);
      assertThat(realm.organizations().searchByAttribute("sigillo.tenant:" + slug)).hasSize(1);
      for (String clientId : List.of("backend-" + slug, "signing-" + slug)) {
        assertThat(realm.clients().findByClientId(clientId)).as(clientId).hasSize(1);
      }
      String backEndUuid = platform.keycloak().client("backend-" + slug).getId();
      assertThat(realm.clients().get(backEndUuid).getProtocolMappers().getMappers()).hasSize(2);
      String serviceAccount = realm.clients().get(backEndUuid).getServiceAccountUser().getId();
      assertThat(
              realm
                  .users()
                  .get(serviceAccount)
                  .roles()
                  .clientLevel(clients.get(0).getId())
                  .listAll())
          .hasSize(1);

      // a tenant provisioned before these clients existed gets them on its next provisioning
      realm.clients().get(backEndUuid).remove();
      realm.clients().get(platform.keycloak().client("signing-" + slug).getId()).remove();
      platform.provision(slug);
      assertBackEndAndSigningAppClients(platform, slug);

      HttpResponse<String> disabled =
          platform.post("/api/platform/tenants/" + slug + "/disable", "");
      assertThat(disabled.statusCode()).isEqualTo(200);
      assertThat(disabled.body()).contains("\"status\":\"DISABLED\"");
      assertThat(resource.toRepresentation().isEnabled()).isFalse();
      assertThat(platform.keycloak().client("backend-" + slug).isEnabled()).isFalse();
      assertThat(platform.keycloak().client("signing-" + slug).isEnabled()).isFalse();
    }
  }

  @Test
  void anAccountIsCreatedOnceJoinsTheOrganizationAndGetsTheTenantRoles() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      String slug = Account.uniqueName("acct");
      platform.createTenant(slug, "Conti Srl", "#123456", "#654321");
      String username = "op-" + slug;
      String account =
          "{\"username\":\""
              + username
              + "\",\"givenName\":\"Ornella\",\"surname\":\"Operatrice\","
              + "\"email\":\""
              + username
              + "@"
              + slug
              + ".example\","
              + "\"initialPassword\":\"Initial-Password-1\",\"roles\":[%s]}";
      String path = "/api/platform/tenants/" + slug + "/accounts";
      assertThat(platform.post(path, account.formatted("\"user\",\"operator\"")).statusCode())
          .isEqualTo(204);
      assertThat(platform.post(path, account.formatted("\"user\"")).statusCode()).isEqualTo(204);

      RealmResource realm = platform.keycloak().realm();
      List<UserRepresentation> users = realm.users().searchByUsername(username, true);
      assertThat(users).hasSize(1);
      assertThat(users.get(0).getEmail()).isEqualTo(username + "@" + slug + ".example");
      String clientUuid = realm.clients().findByClientId("portal-" + slug).get(0).getId();
      assertThat(realm.users().get(users.get(0).getId()).roles().clientLevel(clientUuid).listAll())
          .extracting(RoleRepresentation::getName)
          .containsExactlyInAnyOrder("user", "operator");
      OrganizationRepresentation organization =
          realm.organizations().searchByAttribute("sigillo.tenant:" + slug).get(0);
      assertThat(realm.organizations().get(organization.getId()).members().getAll())
          .extracting(MemberRepresentation::getUsername)
          .containsExactly(username);
    }
  }
}
