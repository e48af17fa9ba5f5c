package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.tenancy.api.TenantStatus;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.application.TenantLogos;
import io.sigillo.tenancy.application.TenantProvisioning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Provisions a tenant into the platform realm: its portal's confidential OIDC client with the
 * tenant roles and the {@code groups} mapper, its back-end and signing-app clients ({@link
 * TenantApiClients}), and its Organization. Each step converges to the desired state (create if
 * missing, update what the tenant may have changed: hosts, branding), so a failed or repeated
 * provisioning is simply run again.
 */
@ApplicationScoped
public class KeycloakTenantProvisioning implements TenantProvisioning {

  private static final Logger LOG = Logger.getLogger(KeycloakTenantProvisioning.class.getName());
  private static final String GROUPS_MAPPER = "tenant-roles-as-groups";
  private static final String PLATFORM_MAPPER = "platform-roles";
  private static final String API_AUDIENCE_MAPPER = "sigillo-api-audience";

  @Inject private KeycloakAdmin admin;
  @Inject private KeycloakSettings settings;
  @Inject private ClientSecrets secrets;
  @Inject private TenantLogos logos;
  @Inject private TenantApiClients apiClients;

  @Override
  public void provision(TenantView tenant) {
    RealmResource realm = admin.realm();
    String uuid =
        KeycloakClients.ensure(
            realm, TenantClients.clientId(tenant.id()), current -> desiredClient(tenant, current));
    ClientResource client = realm.clients().get(uuid);
    for (String role : TenantClients.ROLES) {
      KeycloakClients.ensureRole(client, role);
    }
    KeycloakClients.ensureMapper(client, groupsMapper());
    KeycloakClients.ensureMapper(client, platformRolesMapper());
    KeycloakClients.ensureMapper(client, apiAudienceMapper(settings.apiAudience()));
    // tenants provisioned before these clients existed get them on their next provisioning
    apiClients.ensure(realm, tenant, uuid);
    ensureOrganization(realm, tenant);
    secrets.forget(tenant.id());
    LOG.info(() -> "tenant " + tenant.id() + " provisioned in Keycloak");
  }

  @Override
  public void disable(TenantView tenant) {
    RealmResource realm = admin.realm();
    findClient(realm, TenantClients.clientId(tenant.id()))
        .ifPresent(
            found -> {
              found.setEnabled(false);
              realm.clients().get(found.getId()).update(found);
            });
    apiClients.disable(realm, tenant);
    secrets.forget(tenant.id());
  }

  static Optional<ClientRepresentation> findClient(RealmResource realm, String clientId) {
    return KeycloakClients.find(realm, clientId);
  }

  /** The client as it should be; fields we do not own (secret, id) come from {@code current}. */
  private ClientRepresentation desiredClient(TenantView tenant, ClientRepresentation current) {
    ClientRepresentation client = current == null ? new ClientRepresentation() : current;
    client.setClientId(TenantClients.clientId(tenant.id()));
    client.setName(tenant.displayName());
    client.setDescription("Sigillo self-care portal of tenant " + tenant.id());
    client.setProtocol("openid-connect");
    client.setEnabled(tenant.status() != TenantStatus.DISABLED);
    client.setPublicClient(false);
    client.setClientAuthenticatorType("client-secret");
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setFrontchannelLogout(false);
    // tokens carry this client's roles only, never another tenant's
    client.setFullScopeAllowed(false);
    client.setRedirectUris(TenantClients.redirectUris(tenant, settings.localhostAnyPort()));
    client.setWebOrigins(TenantClients.webOrigins(tenant));
    Map<String, String> attributes =
        client.getAttributes() == null ? new HashMap<>() : new HashMap<>(client.getAttributes());
    attributes.put("pkce.code.challenge.method", "S256");
    attributes.put("post.logout.redirect.uris", "+");
    attributes.putAll(TenantClients.brandingAttributes(tenant, logos.dataUrl(tenant.id())));
    // the shared theme (module keycloak-theme) that reads those attributes on every login page
    attributes.put("login_theme", TenantClients.LOGIN_THEME);
    client.setAttributes(attributes);
    if (current == null) {
      client.setProtocolMappers(List.of(groupsMapper()));
    }
    return client;
  }

  /**
   * Lets a platform operator sign in to the platform console through any tenant's login: the realm
   * role {@code platform-admin} is in the scope of the realm's {@code roles} client scope
   * (keycloak/sigillo-realm.json), and this mapper writes the realm roles in scope, i.e. only that
   * one (the client has no full scope), as {@code platform_roles} into the tokens.
   */
  private static ProtocolMapperRepresentation platformRolesMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(PLATFORM_MAPPER);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-usermodel-realm-role-mapper");
    Map<String, String> config = new HashMap<>();
    config.put("claim.name", TenantClients.PLATFORM_ROLES_CLAIM);
    config.put("jsonType.label", "String");
    config.put("multivalued", "true");
    config.put("id.token.claim", "true");
    config.put("access.token.claim", "true");
    config.put("userinfo.token.claim", "false");
    mapper.setConfig(config);
    return mapper;
  }

  /**
   * An audience mapper adding {@code audience} to access tokens only (not ID tokens): the API
   * accepts only tokens that name it (see BearerTokens), so the tenant's tokens work there and
   * those of other clients do not.
   */
  public static ProtocolMapperRepresentation apiAudienceMapper(String audience) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(API_AUDIENCE_MAPPER);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    Map<String, String> config = new HashMap<>();
    config.put("included.custom.audience", audience);
    config.put("access.token.claim", "true");
    config.put("id.token.claim", "false");
    config.put("introspection.token.claim", "true");
    mapper.setConfig(config);
    return mapper;
  }

  /**
   * The tenant's client roles as a top-level {@code groups} array in ID, access and userinfo
   * tokens: the portal maps them to its roles without knowing Keycloak's nested claims.
   */
  private static ProtocolMapperRepresentation groupsMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(GROUPS_MAPPER);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-usermodel-client-role-mapper");
    Map<String, String> config = new HashMap<>();
    config.put("claim.name", TenantClients.GROUPS_CLAIM);
    config.put("jsonType.label", "String");
    config.put("multivalued", "true");
    config.put("id.token.claim", "true");
    config.put("access.token.claim", "true");
    config.put("userinfo.token.claim", "true");
    config.put("introspection.token.claim", "true");
    // empty: the client's own roles, i.e. this tenant's
    config.put("usermodel.clientRoleMapping.clientId", "");
    mapper.setConfig(config);
    return mapper;
  }

  private static void ensureOrganization(RealmResource realm, TenantView tenant) {
    Optional<OrganizationRepresentation> existing = findOrganization(realm, tenant);
    OrganizationRepresentation organization = existing.orElseGet(OrganizationRepresentation::new);
    // names are unique in a realm, display names of resellers need not be: the slug decides
    organization.setName(tenant.displayName() + " (" + tenant.id().value() + ")");
    organization.setAlias(tenant.id().value());
    organization.setDescription("Sigillo tenant " + tenant.id());
    organization.setEnabled(true);
    organization.setAttributes(
        Map.of(TenantClients.TENANT_ATTRIBUTE, List.of(tenant.id().value())));
    if (existing.isPresent()) {
      try (Response updated =
          realm.organizations().get(organization.getId()).update(organization)) {
        if (updated.getStatus() >= 300) {
          throw new IllegalStateException(
              "Keycloak refused to update organization "
                  + tenant.id()
                  + ": HTTP "
                  + updated.getStatus());
        }
      }
      return;
    }
    try (Response created = realm.organizations().create(organization)) {
      if (created.getStatus() == 201) {
        return;
      }
      if (created.getStatus() != 409 || findOrganization(realm, tenant).isEmpty()) {
        // a 409 without our organization: another one already has this name or alias
        throw new IllegalStateException(
            "Keycloak refused organization " + tenant.id() + ": HTTP " + created.getStatus());
      }
    }
  }

  static Optional<OrganizationRepresentation> findOrganization(
      RealmResource realm, TenantView tenant) {
    return findOrganization(realm, tenant.id());
  }

  static Optional<OrganizationRepresentation> findOrganization(
      RealmResource realm, io.sigillo.core.tenant.TenantId tenant) {
    return realm
        .organizations()
        .searchByAttribute(TenantClients.TENANT_ATTRIBUTE + ":" + tenant.value())
        .stream()
        .filter(o -> tenant.value().equals(o.getAlias()))
        .findFirst();
  }
}
