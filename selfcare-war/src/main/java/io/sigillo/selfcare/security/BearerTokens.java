package io.sigillo.selfcare.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.security.Assurance;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.LoginClients.Kind;
import io.sigillo.tenancy.api.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Access tokens presented to the API ({@code Authorization: Bearer}), e.g. obtained by a reseller's
 * back-end with client credentials. Valid only if signed (RS256) by the platform realm, issued by
 * it, not expired, an access token ({@code typ: Bearer}, so an ID token is not accepted) and meant
 * for this API: its {@code aud} names {@code sigillo.api.audience}, which only clients given the
 * audience mapper obtain, so a token of any other client of the realm is refused.
 *
 * <p>Roles: {@code platform-admin} from the realm roles; a tenant's {@code user}/{@code operator}
 * only from a token issued to one of the clients provisioning made for the tenant whose host was
 * called: its portal, its signing app (a person's token) or its back end (a service account's
 * token, {@code client_id} present: no person can sign in through it). A token of another tenant's
 * client is refused outright ({@code SIG-063}) rather than let through with no role, so a
 * misconfigured back end learns why. The names are the check's first half; the second is that each
 * client's scope holds only the roles provisioning put there ({@code fullScopeAllowed} off), so the
 * roles a token carries are the ones granted through that tenant's portal client.
 *
 * <p>Assurance: a person's token from the portal or the signing app is at level 2 when Keycloak
 * wrote the SPID level-2 {@code acr} into it, at level 1 otherwise; a back end proves no person at
 * all.
 *
 * <p>Keycloak's level-2 step: a client-credentials token holding the realm role {@value
 * #LEVEL_TWO_BROKER_ROLE} is group {@value #LOGIN_BROKER} and nothing else, whatever else it
 * carries, so the constraint on {@code /api/level-two/*} is all it passes. The role counts only in
 * a client's own token: a person who was given it by mistake stays a person.
 */
@ApplicationScoped
public class BearerTokens {

  static final String PLATFORM_ADMIN = "platform-admin";

  /** The group of a client-credentials token: a back end acting for the tenant, not a person. */
  static final String SERVICE = "service";

  /** The realm role of Keycloak's level-2 step (client {@code sigillo-level-two}). */
  static final String LEVEL_TWO_BROKER_ROLE = "level-two-broker";

  /** The group, and container role, of Keycloak's level-2 step ({@code Roles.LOGIN_BROKER}). */
  static final String LOGIN_BROKER = "login-broker";

  /** Keycloak puts it in service-account tokens only (the service_account client scope). */
  private static final String CLIENT_ID_CLAIM = "client_id";

  /** Who a valid token names, with which container groups, and what its sign-in proved. */
  record Bearer(String username, Set<String> groups, Assurance assurance) {

    Bearer {
      groups = Set.copyOf(groups);
    }
  }

  @Inject private OidcProvider provider;
  @Inject private LoginClients settings;

  private DefaultJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void init() {
    processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(provider.keySelector());
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            new JWTClaimsSet.Builder()
                .issuer(provider.issuer().getValue())
                .claim("typ", "Bearer")
                .build(),
            Set.of("sub", "exp", "iat", "azp")));
  }

  Bearer validate(String token, Optional<TenantView> tenant) {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      if (OidcProvider.keysUnreachable(e)) {
        throw new LoginUnavailableException("signing keys unreachable", e);
      }
      throw new LoginFailedException("bearer token refused", e);
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(settings.apiAudience())) {
      throw new LoginFailedException(
          PlatformError.TOKEN_NOT_FOR_API, "bearer token without the API audience");
    }
    try {
      String name = claims.getStringClaim("preferred_username");
      String caller = name == null ? claims.getSubject() : name;
      String azp = claims.getStringClaim("azp");
      boolean service = claims.getClaim(CLIENT_ID_CLAIM) != null;
      if (service && realmRoles(claims).contains(LEVEL_TWO_BROKER_ROLE)) {
        // a step of somebody's sign-in, for any tenant: no tenant, no other role
        return new Bearer(caller, Set.of(LOGIN_BROKER), Assurance.NONE);
      }
      Optional<Kind> client = tenant.flatMap(t -> Kind.of(t.id(), azp));
      if (tenant.isPresent() && client.isEmpty() && Kind.anyTenantsClient(azp)) {
        throw new LoginFailedException(
            PlatformError.TOKEN_NOT_FOR_TENANT,
            "bearer token of client " + azp + " on tenant " + tenant.get().id());
      }
      // a back end's roles come with its own secret, a person's with their sign-in
      boolean roleBearing = client.isPresent() && (client.get() == Kind.BACK_END) == service;
      Set<String> groups = new HashSet<>();
      if (realmRoles(claims).contains(PLATFORM_ADMIN)) {
        groups.add(PLATFORM_ADMIN);
      }
      if (roleBearing) {
        List<String> tenantGroups = claims.getStringListClaim(LoginClients.GROUPS_CLAIM);
        if (tenantGroups != null) {
          tenantGroups.stream().filter(LoginClients.ROLES::contains).forEach(groups::add);
        }
      }
      if (service) {
        // a client's own service account (client credentials): a back end, not a person
        groups.add(SERVICE);
      }
      return new Bearer(caller, groups, assurance(claims, client, service));
    } catch (ParseException e) {
      throw new LoginFailedException("bearer token with malformed claims", e);
    }
  }

  /**
   * What the token's sign-in proved: nothing personal for a back end; for a person, level 2 only
   * when Keycloak's level-2 step ran for this tenant's portal or signing app ({@code acr} =
   * SpidL2), the one level-2 step for both.
   */
  static Assurance assurance(JWTClaimsSet claims, Optional<Kind> client, boolean service)
      throws ParseException {
    if (service) {
      return Assurance.NONE;
    }
    boolean levelTwo =
        client.filter(k -> k == Kind.SIGNING_APP || k == Kind.PORTAL).isPresent()
            && LoginClients.SPID_LEVEL_2.equals(claims.getStringClaim("acr"));
    return levelTwo ? Assurance.LEVEL_2 : Assurance.LEVEL_1;
  }

  private static List<?> realmRoles(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    Object roles = realmAccess == null ? null : realmAccess.get("roles");
    return roles instanceof List<?> list ? list : List.of();
  }
}
