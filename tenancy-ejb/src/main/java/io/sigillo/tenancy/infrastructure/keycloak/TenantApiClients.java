package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.tenancy.api.LoginClients.Kind;
import io.sigillo.tenancy.api.TenantStatus;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.application.TenantLogos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The two clients through which a reseller's own software reaches the API, beside the portal's:
 *
 * <ul>
 *   <li>the <b>back end</b> ({@code backend-<slug>}): confidential, client credentials only. Its
 *       service account holds the tenant's {@code operator} role and nothing else, the role the API
 *       asks of whoever validates other people's codes and imports the reseller's tokens; no person
 *       can sign in through it (no standard flow, no direct grants).
 *   <li>the <b>signing app</b> ({@code signing-<slug>}): public (an app cannot keep a secret),
 *       authorization code with PKCE S256 required, no direct grants, so the person types their
 *       password on Keycloak's page only. Its tokens carry the tenant's {@code user} role at most:
 *       it acts for a holder, never as staff. It asks for the {@code acr} scope, so a level-2
 *       sign-in shows in the token. Redirect URIs are set when the client is created (the default
 *       is the loopback interface, any port, for native apps, RFC 8252) and then left as the
 *       platform operator edits them per tenant in Keycloak.
 * </ul>
 *
 * Both have the API's audience and the tenant's roles as {@code groups}, read from the portal
 * client, where the tenant roles live; with {@code fullScopeAllowed} off a token carries only the
 * roles put into its client's scope here.
 */
@ApplicationScoped
public class TenantApiClients {

  static final String GROUPS_MAPPER = "tenant-roles-as-groups";
  static final String ACR_SCOPE = "acr";

  /** The tenant role a back end holds. */
  static final String BACK_END_ROLE = "operator";

  /** The tenant role a signing app's token may carry. */
  static final String SIGNING_APP_ROLE = "user";

  @Inject private KeycloakSettings settings;
  @Inject private TenantLogos logos;

  /** Creates or converges both clients; {@code portalUuid} is the tenant's portal client. */
  void ensure(RealmResource realm, TenantView tenant, String portalUuid) {
    ClientResource portal = realm.clients().get(portalUuid);
    String portalClientId = Kind.PORTAL.clientId(tenant.id());

    String backEndUuid =
        KeycloakClients.ensure(
            realm, Kind.BACK_END.clientId(tenant.id()), current -> backEnd(tenant, current));
    ClientResource backEnd = realm.clients().get(backEndUuid);
    RoleRepresentation operator = portal.roles().get(BACK_END_ROLE).toRepresentation();
    KeycloakClients.ensureScope(backEnd, portalUuid, List.of(operator));
    String serviceAccount = backEnd.getServiceAccountUser().getId();
    var granted = realm.users().get(serviceAccount).roles().clientLevel(portalUuid);
    if (granted.listAll().stream().noneMatch(r -> BACK_END_ROLE.equals(r.getName()))) {
      granted.add(List.of(operator));
    }
    KeycloakClients.ensureMapper(backEnd, tenantRolesMapper(portalClientId));
    KeycloakClients.ensureMapper(
        backEnd, KeycloakTenantProvisioning.apiAudienceMapper(settings.apiAudience()));

    String signingUuid =
        KeycloakClients.ensure(
            realm, Kind.SIGNING_APP.clientId(tenant.id()), current -> signingApp(tenant, current));
    ClientResource signing = realm.clients().get(signingUuid);
    KeycloakClients.ensureScope(
        signing, portalUuid, List.of(portal.roles().get(SIGNING_APP_ROLE).toRepresentation()));
    KeycloakClients.ensureMapper(signing, tenantRolesMapper(portalClientId));
    KeycloakClients.ensureMapper(
        signing, KeycloakTenantProvisioning.apiAudienceMapper(settings.apiAudience()));
    KeycloakClients.ensureDefaultScope(realm, signing, ACR_SCOPE);
  }

  /** Disables both clients (tokens already issued expire on their own). */
  void disable(RealmResource realm, TenantView tenant) {
    for (Kind kind : List.of(Kind.BACK_END, Kind.SIGNING_APP)) {
      KeycloakClients.find(realm, kind.clientId(tenant.id()))
          .ifPresent(
              found -> {
                found.setEnabled(false);
                realm.clients().get(found.getId()).update(found);
              });
    }
  }

  private static ClientRepresentation backEnd(TenantView tenant, ClientRepresentation current) {
    ClientRepresentation client = current == null ? new ClientRepresentation() : current;
    client.setClientId(Kind.BACK_END.clientId(tenant.id()));
    client.setName(tenant.displayName() + " (back end)");
    client.setDescription("Back end of Sigillo tenant " + tenant.id() + ": client credentials");
    client.setProtocol("openid-connect");
    client.setEnabled(tenant.status() != TenantStatus.DISABLED);
    client.setPublicClient(false);
    client.setBearerOnly(false);
    client.setClientAuthenticatorType("client-secret");
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setFrontchannelLogout(false);
    client.setFullScopeAllowed(false);
    client.setRedirectUris(List.of());
    client.setWebOrigins(List.of());
    return client;
  }

  private ClientRepresentation signingApp(TenantView tenant, ClientRepresentation current) {
    ClientRepresentation client = current == null ? new ClientRepresentation() : current;
    client.setClientId(Kind.SIGNING_APP.clientId(tenant.id()));
    client.setName(tenant.displayName());
    client.setDescription("Signing app of Sigillo tenant " + tenant.id() + ": holders, PKCE");
    client.setProtocol("openid-connect");
    client.setEnabled(tenant.status() != TenantStatus.DISABLED);
    client.setPublicClient(true);
    client.setBearerOnly(false);
    client.setStandardFlowEnabled(true);
    client.setImplicitFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(false);
    client.setFrontchannelLogout(false);
    client.setFullScopeAllowed(false);
    if (current == null
        || current.getRedirectUris() == null
        || current.getRedirectUris().isEmpty()) {
      client.setRedirectUris(new ArrayList<>(settings.signingAppRedirectUris()));
    }
    Map<String, String> attributes =
        client.getAttributes() == null ? new HashMap<>() : new HashMap<>(client.getAttributes());
    // Keycloak refuses an authorization request of this client without an S256 code challenge
    attributes.put("pkce.code.challenge.method", "S256");
    attributes.put("post.logout.redirect.uris", "+");
    attributes.putAll(TenantClients.brandingAttributes(tenant, logos.dataUrl(tenant.id())));
    attributes.put("login_theme", TenantClients.LOGIN_THEME);
    client.setAttributes(attributes);
    return client;
  }

  /**
   * The tenant's roles (client roles of its portal client) as a top-level {@code groups} array, as
   * the portal's own mapper writes them; only roles in this client's scope get there.
   */
  static ProtocolMapperRepresentation tenantRolesMapper(String portalClientId) {
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
    config.put("usermodel.clientRoleMapping.clientId", portalClientId);
    mapper.setConfig(config);
    return mapper;
  }
}
