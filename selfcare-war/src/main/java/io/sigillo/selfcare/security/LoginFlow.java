package io.sigillo.selfcare.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.sigillo.core.error.PlatformError;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorization-code flow with PKCE (S256) for one tenant: {@link #start} sends the browser to
 * Keycloak with the tenant's client and a redirect URI on the tenant's own host; {@link #finish}
 * checks state, exchanges the code with the client secret and the PKCE verifier, and validates the
 * ID token (RS256 signature from the realm's keys, issuer, audience, expiry, nonce).
 */
@ApplicationScoped
public class LoginFlow {

  /** Logins left unfinished longer than this are refused at the callback. */
  static final Duration MAX_PENDING = Duration.ofMinutes(10);

  /** Claim of Keycloak's organization scope: the aliases of the person's organizations. */
  static final String ORGANIZATION_CLAIM = "organization";

  @Inject private OidcProvider provider;
  @Inject private LoginClients settings;
  @Inject private Clock clock;

  private PendingLoginCookie pendingLogins;

  @PostConstruct
  void init() {
    pendingLogins = new PendingLoginCookie(settings.derivedKey("sigillo.pending-login.v1"));
  }

  /**
   * Records a pending login in the browser's login cookie (no session yet) and returns Keycloak's
   * authorization URL. With {@code levelTwo} Keycloak is asked for SPID level 2 ({@code acr_values}
   * SpidL2): a person whose Keycloak session is at level 1 is asked for the code only, by
   * Keycloak's "Sigillo level 2" step, the portal's one level-2 step.
   */
  URI start(
      HttpServletRequest request,
      HttpServletResponse response,
      TenantView tenant,
      String returnTo,
      boolean levelTwo) {
    OIDCProviderMetadata metadata = provider.metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI redirectUri = callbackUri(request);
    PendingLogin login =
        new PendingLogin(
            tenant.id(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            redirectUri.toString(),
            returnTo.length() > PendingLoginCookie.MAX_RETURN_TO ? "/" : returnTo,
            clock.instant(),
            levelTwo);
    List<PendingLogin> pending = pendingLogins.read(request, clock.instant(), MAX_PENDING);
    pending.add(login);
    pendingLogins.write(request, response, pending, MAX_PENDING);
    AuthenticationRequest.Builder authentication =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                // organization:<alias> puts this tenant's organization, and only it, into the ID
                // token when the person is its member; Keycloak says nothing of the others
                new Scope(
                    "openid", "profile", "email", ORGANIZATION_CLAIM + ":" + tenant.id().value()),
                new ClientID(LoginClients.clientId(tenant.id())),
                redirectUri)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .uiLocales(uiLocales(request));
    if (levelTwo) {
      authentication.acrValues(List.of(new ACR(LoginClients.SPID_LEVEL_2)));
    }
    return authentication.build().toURI();
  }

  /**
   * Completes the login the callback request belongs to; the pending login is consumed whatever the
   * outcome, so a callback URL cannot be replayed.
   */
  Finished finish(HttpServletRequest request, HttpServletResponse response, TenantView tenant) {
    String state = request.getParameter("state");
    PendingLogin pending = state == null ? null : take(request, response, state);
    if (pending == null) {
      throw new LoginFailedException("callback without a matching pending login");
    }
    if (!pending.tenant().equals(tenant.id())) {
      throw new LoginFailedException("callback on another tenant than the login started on");
    }
    if (pending.started().plus(MAX_PENDING).isBefore(clock.instant())) {
      throw new LoginFailedException("pending login expired");
    }
    if (request.getParameter("error") != null) {
      // a level-2 step cancelled or refused at Keycloak: the page says how to try again or recover
      String reason = "Keycloak answered error " + request.getParameter("error");
      throw pending.levelTwo()
          ? new LoginFailedException(IdentityError.LEVEL_TWO_NOT_COMPLETED, reason)
          : new LoginFailedException(reason);
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      throw new LoginFailedException("callback without a code");
    }
    OIDCTokenResponse tokens = exchange(tenant, pending, code);
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims = validate(tenant, pending, idToken);
    String acr = claims.getACR() == null ? null : claims.getACR().getValue();
    if (pending.levelTwo() && !LoginClients.SPID_LEVEL_2.equals(acr)) {
      // asked for level 2, answered with less: no level-2 session, and no loop back to Keycloak
      throw new LoginFailedException(
          IdentityError.LEVEL_TWO_NOT_COMPLETED, "level 2 asked, Keycloak answered acr " + acr);
    }
    String username = claims.getStringClaim("preferred_username");
    if (username == null || username.isBlank()) {
      username = claims.getSubject().getValue();
    }
    List<String> platformRoles = claims.getStringListClaim(LoginClients.PLATFORM_ROLES_CLAIM);
    boolean platformAdmin =
        platformRoles != null && platformRoles.contains(LoginClients.PLATFORM_ADMIN);
    boolean member = organizations(claims).contains(tenant.id().value());
    if (!member && !platformAdmin) {
      // one realm serves every tenant: valid credentials alone do not make a person this tenant's
      throw new LoginFailedException(
          PlatformError.NOT_A_MEMBER,
          username + " is not a member of " + tenant.id(),
          tenant.displayName());
    }
    Set<String> groups =
        member
            ? tenantRoles(claims.getStringListClaim(LoginClients.GROUPS_CLAIM))
            : new HashSet<>();
    if (platformAdmin) {
      // the platform console, on whichever portal the operator signed in
      groups.add(LoginClients.PLATFORM_ADMIN);
    }
    // the session starts only now, for a person who signed in (the mechanism renews its id)
    request.getSession(true);
    return new Finished(
        new Caller(tenant.id(), username, groups, idToken.getParsedString(), acr, clock.instant()),
        pending.returnTo());
  }

  /** What a finished login yields: the caller and where the person wanted to go. */
  record Finished(Caller caller, String returnTo) {}

  private OIDCTokenResponse exchange(TenantView tenant, PendingLogin pending, String code) {
    OIDCProviderMetadata metadata = provider.metadata();
    ClientID clientId = new ClientID(LoginClients.clientId(tenant.id()));
    TokenRequest tokenRequest =
        new TokenRequest(
            metadata.getTokenEndpointURI(),
            new ClientSecretBasic(clientId, new Secret(settings.secret(tenant.id()))),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                URI.create(pending.redirectUri()),
                new CodeVerifier(pending.codeVerifier())));
    TokenResponse response;
    try {
      HTTPRequest http = tokenRequest.toHTTPRequest();
      http.setConnectTimeout(provider.timeoutMillis());
      http.setReadTimeout(provider.timeoutMillis());
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      throw new LoginUnavailableException("token endpoint unreachable", e);
    } catch (ParseException e) {
      throw new LoginFailedException("unreadable token response", e);
    }
    if (!response.indicatesSuccess()) {
      throw new LoginFailedException(
          "token request refused: " + response.toErrorResponse().getErrorObject().getCode());
    }
    return (OIDCTokenResponse) response.toSuccessResponse();
  }

  private IDTokenClaimsSet validate(TenantView tenant, PendingLogin pending, JWT idToken) {
    IDTokenClaimsSet claims;
    try {
      // nonce checked below in constant time, not by the validator
      claims =
          provider.idTokenValidator(LoginClients.clientId(tenant.id())).validate(idToken, null);
    } catch (BadJOSEException | JOSEException e) {
      if (OidcProvider.keysUnreachable(e)) {
        throw new LoginUnavailableException("signing keys unreachable", e);
      }
      throw new LoginFailedException("ID token refused", e);
    }
    Nonce nonce = claims.getNonce();
    if (nonce == null || !constantTimeEquals(nonce.getValue(), pending.nonce())) {
      throw new LoginFailedException("ID token nonce mismatch");
    }
    return claims;
  }

  /** Keycloak's pages in the portal's language. */
  private static List<LangTag> uiLocales(HttpServletRequest request) {
    try {
      return List.of(new LangTag(Languages.of(request).getLanguage()));
    } catch (LangTagException e) {
      return List.of();
    }
  }

  /**
   * The organization aliases of the ID token: Keycloak writes a list of aliases, or an object keyed
   * by alias when the mapper is set to add the organizations' attributes.
   */
  static Set<String> organizations(IDTokenClaimsSet claims) {
    Object claim = claims.getClaim(ORGANIZATION_CLAIM);
    Set<String> aliases = new HashSet<>();
    if (claim instanceof Collection<?> list) {
      list.forEach(alias -> aliases.add(String.valueOf(alias)));
    } else if (claim instanceof Map<?, ?> map) {
      map.keySet().forEach(alias -> aliases.add(String.valueOf(alias)));
    } else if (claim instanceof String alias) {
      aliases.add(alias);
    }
    return aliases;
  }

  private static Set<String> tenantRoles(List<String> claimed) {
    Set<String> roles = new HashSet<>();
    if (claimed != null) {
      for (String role : claimed) {
        if (LoginClients.ROLES.contains(role)) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** The callback on the host and port the browser used, so the session cookie comes along. */
  static URI callbackUri(HttpServletRequest request) {
    return URI.create(PortalUrls.absolute(request, LoginClients.CALLBACK_PATH));
  }

  /** The pending login of {@code state}, removed from the cookie whatever comes next. */
  private PendingLogin take(
      HttpServletRequest request, HttpServletResponse response, String state) {
    List<PendingLogin> logins = pendingLogins.read(request, clock.instant(), MAX_PENDING);
    PendingLogin found = null;
    for (PendingLogin candidate : logins) {
      // compare every entry in constant time rather than look the state up by hash
      if (constantTimeEquals(candidate.state(), state)) {
        found = candidate;
      }
    }
    if (found != null) {
      logins.remove(found);
      pendingLogins.write(request, response, logins, MAX_PENDING);
    }
    return found;
  }
}
