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
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.sigillo.selfcare.infrastructure.keycloak.ClientSecrets;
import io.sigillo.selfcare.infrastructure.keycloak.TenantClients;
import io.sigillo.selfcare.tenant.TenantView;
import io.sigillo.selfcare.web.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

  /** Unfinished logins kept per session (e.g. several tabs); the oldest is dropped. */
  private static final int MAX_PENDING_PER_SESSION = 4;

  private static final String PENDING_ATTRIBUTE = "sigillo.pendingLogins";

  @Inject private OidcProvider provider;
  @Inject private ClientSecrets secrets;
  @Inject private Clock clock;

  /** Records a pending login in the session and returns Keycloak's authorization URL. */
  URI start(HttpServletRequest request, TenantView tenant, String returnTo) {
    OIDCProviderMetadata metadata = provider.fetchMetadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI redirectUri = callbackUri(request);
    PendingLogin pending =
        new PendingLogin(
            tenant.id(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            redirectUri.toString(),
            returnTo,
            clock.instant());
    remember(request.getSession(true), pending);
    return new AuthenticationRequest.Builder(
            ResponseType.CODE,
            new Scope("openid", "profile", "email"),
            new ClientID(TenantClients.clientId(tenant.id())),
            redirectUri)
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .uiLocales(uiLocales(request))
        .build()
        .toURI();
  }

  /**
   * Completes the login the callback request belongs to; the pending login is consumed whatever the
   * outcome, so a callback URL cannot be replayed.
   */
  Finished finish(HttpServletRequest request, TenantView tenant) {
    HttpSession session = request.getSession(false);
    String state = request.getParameter("state");
    PendingLogin pending = session == null || state == null ? null : take(session, state);
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
      throw new LoginFailedException("Keycloak answered error " + request.getParameter("error"));
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      throw new LoginFailedException("callback without a code");
    }
    OIDCTokenResponse tokens = exchange(tenant, pending, code);
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims = validate(tenant, pending, idToken);
    String username = claims.getStringClaim("preferred_username");
    if (username == null || username.isBlank()) {
      username = claims.getSubject().getValue();
    }
    Set<String> groups = tenantRoles(claims.getStringListClaim(TenantClients.GROUPS_CLAIM));
    List<String> platformRoles = claims.getStringListClaim(TenantClients.PLATFORM_ROLES_CLAIM);
    if (platformRoles != null && platformRoles.contains(TenantClients.PLATFORM_ADMIN)) {
      // the platform console, on whichever portal the operator signed in
      groups.add(TenantClients.PLATFORM_ADMIN);
    }
    return new Finished(
        new Caller(tenant.id(), username, groups, idToken.getParsedString()), pending.returnTo());
  }

  /** What a finished login yields: the caller and where the person wanted to go. */
  record Finished(Caller caller, String returnTo) {}

  private OIDCTokenResponse exchange(TenantView tenant, PendingLogin pending, String code) {
    OIDCProviderMetadata metadata = provider.metadata();
    ClientID clientId = new ClientID(TenantClients.clientId(tenant.id()));
    TokenRequest tokenRequest =
        new TokenRequest(
            metadata.getTokenEndpointURI(),
            new ClientSecretBasic(clientId, new Secret(secrets.secret(tenant.id()))),
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
          provider.idTokenValidator(TenantClients.clientId(tenant.id())).validate(idToken, null);
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

  private static Set<String> tenantRoles(List<String> claimed) {
    Set<String> roles = new HashSet<>();
    if (claimed != null) {
      for (String role : claimed) {
        if (TenantClients.ROLES.contains(role)) {
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
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return URI.create(
        scheme
            + "://"
            + request.getServerName()
            + (defaultPort ? "" : ":" + port)
            + request.getContextPath()
            + TenantClients.CALLBACK_PATH);
  }

  @SuppressWarnings("unchecked")
  private static void remember(HttpSession session, PendingLogin pending) {
    synchronized (session) {
      Map<String, PendingLogin> logins =
          (Map<String, PendingLogin>) session.getAttribute(PENDING_ATTRIBUTE);
      LinkedHashMap<String, PendingLogin> updated =
          logins == null ? new LinkedHashMap<>() : new LinkedHashMap<>(logins);
      while (updated.size() >= MAX_PENDING_PER_SESSION) {
        updated.remove(updated.keySet().iterator().next());
      }
      updated.put(pending.state(), pending);
      session.setAttribute(PENDING_ATTRIBUTE, updated);
    }
  }

  @SuppressWarnings("unchecked")
  private static PendingLogin take(HttpSession session, String state) {
    synchronized (session) {
      Map<String, PendingLogin> logins =
          (Map<String, PendingLogin>) session.getAttribute(PENDING_ATTRIBUTE);
      if (logins == null) {
        return null;
      }
      LinkedHashMap<String, PendingLogin> updated = new LinkedHashMap<>(logins);
      PendingLogin found = null;
      for (PendingLogin candidate : logins.values()) {
        // compare every entry in constant time rather than look the state up by hash
        if (constantTimeEquals(candidate.state(), state)) {
          found = candidate;
        }
      }
      if (found != null) {
        updated.remove(found.state());
        session.setAttribute(PENDING_ATTRIBUTE, updated);
      }
      return found;
    }
  }
}
