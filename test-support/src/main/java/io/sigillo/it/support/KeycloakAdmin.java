package io.sigillo.it.support;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * An admin-API connection independent of the application's: the master realm's bootstrap admin, so
 * tests set up clients and people themselves and read back what Keycloak holds, not what the
 * application believes.
 */
public final class KeycloakAdmin implements AutoCloseable {

  /** The platform realm every tenant lives in. */
  public static final String REALM = "sigillo";

  private final Keycloak keycloak;

  public KeycloakAdmin() {
    keycloak =
        KeycloakBuilder.builder()
            .serverUrl(Environment.keycloakUrl())
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(Environment.require("SIGILLO_IT_KEYCLOAK_ADMIN_USER"))
            .password(Environment.require("SIGILLO_IT_KEYCLOAK_ADMIN_PASSWORD"))
            .resteasyClient(new ResteasyClientBuilderImpl().build())
            .build();
  }

  public RealmResource realm() {
    return keycloak.realm(REALM);
  }

  /** The realm's browser flow (keycloak/sigillo-realm.json) and its "Sigillo level 2" step. */
  public static final String BROWSER_FLOW = "sigillo browser";

  public static final String LEVEL_TWO_STEP = "sigillo-level-two";

  /**
   * Points Keycloak's "Sigillo level 2" step (its config {@code sigillo.url}) at a Sigillo, as an
   * administrator sets it in the admin console: each test's Micro has its own port, and the
   * portal's level-2 pages, like any relying party's, pass through that step.
   */
  public void pointLevelTwoStepAt(String sigilloUrl) {
    AuthenticationManagementResource flows = realm().flows();
    String configId =
        flows.getExecutions(BROWSER_FLOW).stream()
            .filter(execution -> LEVEL_TWO_STEP.equals(execution.getProviderId()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no " + LEVEL_TWO_STEP + " in " + BROWSER_FLOW))
            .getAuthenticationConfig();
    AuthenticatorConfigRepresentation config = flows.getAuthenticatorConfig(configId);
    if (!sigilloUrl.equals(config.getConfig().get("sigillo.url"))) {
      config.getConfig().put("sigillo.url", sigilloUrl);
      flows.updateAuthenticatorConfig(configId, config);
    }
  }

  /** The address Keycloak (on the same machine) reaches the Sigillo under test at. */
  public static String sigilloUrl(URL base) {
    return base.toString().replace("://localhost:", "://127.0.0.1:").replaceAll("/$", "");
  }

  /** Creates a client in the platform realm; returns its internal id. */
  public String createClient(ClientRepresentation client) {
    try (var created = realm().clients().create(client)) {
      return CreatedResponseUtil.getCreatedId(created);
    }
  }

  /** The audience the application's API requires in access tokens (sigillo.api.audience). */
  public static final String API_AUDIENCE = "sigillo-api";

  /**
   * The mapper provisioning gives a tenant's back-end and signing-app clients: the client roles of
   * the tenant's portal client {@code portalClientId} (where the tenant roles live) as the {@code
   * groups} claim, which the API reads as the caller's roles on that tenant.
   */
  public static ProtocolMapperRepresentation groupsMapper(String portalClientId) {
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
            "usermodel.clientRoleMapping.clientId", portalClientId));
    return mapper;
  }

  /**
   * The audience mapper a client needs for its tokens to be accepted by the API, as provisioning
   * adds it to tenant clients.
   */
  public static ProtocolMapperRepresentation apiAudienceMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("sigillo-api-audience");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    mapper.setConfig(
        Map.of(
            "included.custom.audience", API_AUDIENCE,
            "access.token.claim", "true",
            "id.token.claim", "false"));
    return mapper;
  }

  /**
   * Makes an existing person a member of a provisioned tenant with its user role, as an
   * administrator does on purpose in Keycloak (the platform API refuses to merge accounts).
   */
  public void shareWithTenant(String username, String slug) {
    String userId =
        realm().users().searchByUsername(username, true).stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("no user " + username))
            .getId();
    OrganizationRepresentation organization =
        realm().organizations().searchByAttribute("sigillo.tenant:" + slug).get(0);
    try (var added =
        realm().organizations().get(organization.getId()).members().addMember(userId)) {
      if (added.getStatus() >= 300) {
        throw new AssertionError("membership refused: HTTP " + added.getStatus());
      }
    }
    String clientUuid = portalClient(slug).getId();
    realm()
        .users()
        .get(userId)
        .roles()
        .clientLevel(clientUuid)
        .add(List.of(realm().clients().get(clientUuid).roles().get("user").toRepresentation()));
  }

  /** The internal id of a client's service-account user. */
  public String serviceAccountOf(String clientUuid) {
    return realm().clients().get(clientUuid).getServiceAccountUser().getId();
  }

  /** Grants the realm role platform-admin to a user (a person or a service account) by id. */
  public void grantPlatformAdminTo(String userId) {
    realm()
        .users()
        .get(userId)
        .roles()
        .realmLevel()
        .add(List.of(realm().roles().get("platform-admin").toRepresentation()));
  }

  /** Grants the realm role platform-admin to an existing person. */
  public void grantPlatformAdmin(String username) {
    grantPlatformAdminTo(
        realm().users().searchByUsername(username, true).stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("no user " + username))
            .getId());
  }

  /** Creates an enabled person with a verified e-mail and a permanent password; returns the id. */
  public String createUser(
      String username, String givenName, String surname, String email, String password) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setFirstName(givenName);
    user.setLastName(surname);
    user.setEmail(email);
    user.setEmailVerified(true);
    user.setEnabled(true);
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    user.setCredentials(List.of(credential));
    try (var created = realm().users().create(user)) {
      return CreatedResponseUtil.getCreatedId(created);
    }
  }

  /** A person with the realm role platform-admin and no tenant role; returns the username. */
  public String createPlatformOperator() {
    String username = Account.uniqueName("padmin");
    grantPlatformAdminTo(
        createUser(
            username, "Paola", "Piattaforma", username + "@sigillo.example", Account.PASSWORD));
    return username;
  }

  /**
   * The tenant's portal client ({@code portal-<slug>}, as provisioning names it) as Keycloak holds
   * it.
   */
  public ClientRepresentation portalClient(String slug) {
    return realm().clients().findByClientId("portal-" + slug).stream()
        .filter(c -> ("portal-" + slug).equals(c.getClientId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Keycloak client portal-" + slug));
  }

  /** A client of the platform realm by its client id, as Keycloak holds it. */
  public ClientRepresentation client(String clientId) {
    return realm().clients().findByClientId(clientId).stream()
        .filter(c -> clientId.equals(c.getClientId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Keycloak client " + clientId));
  }

  /**
   * A client-credentials token of a provisioned tenant's back end ({@code backend-<slug>}), its
   * secret read through the admin API as the platform operator can.
   */
  public String backEndToken(String slug) {
    ClientRepresentation backEnd = client("backend-" + slug);
    return Tokens.clientCredentials(
        backEnd.getClientId(), realm().clients().get(backEnd.getId()).getSecret().getValue());
  }

  @Override
  public void close() {
    keycloak.close();
  }
}
