package io.sigillo.devtools.relyingparty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * What any OIDC relying party of the realm does, in the fewest lines Nimbus allows: the
 * authorization request with {@code acr_values}, state, nonce and PKCE S256; the code exchanged
 * with the client secret and the verifier; the ID token validated (RS256 from the realm's JWKS,
 * issuer, audience, expiry, nonce) before its {@code acr} is believed. The provider metadata is
 * read once and kept: a demo restarts with its Keycloak.
 */
@ApplicationScoped
public class RelyingPartyLogin {

  @Inject private RelyingPartySettings settings;
  @Inject private RelyingPartyRegistration registration;

  private volatile OIDCProviderMetadata metadata;
  private volatile IDTokenValidator validator;

  /** A login begun in this browser: what the callback must find again. */
  public record Pending(String state, String nonce, String verifier, SpidLevel requested)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A finished login: who signed in, at which level ({@code acr}), and the ID token for logout. */
  public record SignedIn(
      String name, String username, String acr, SpidLevel requested, String idToken)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The failure of a login step; {@code unavailable} when Keycloak could not be reached. */
  public static final class LoginException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean unavailable;

    LoginException(String message, Throwable cause, boolean unavailable) {
      super(message, cause);
      this.unavailable = unavailable;
    }

    public boolean unavailable() {
      return unavailable;
    }
  }

  /** A new pending login and the URL of Keycloak's login page asking for {@code level}. */
  public Started start(SpidLevel level, Locale locale) throws LoginException {
    OIDCProviderMetadata provider = metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI url =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "profile"),
                new ClientID(RelyingPartySettings.CLIENT_ID),
                settings.callback())
            .endpointURI(provider.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .acrValues(List.of(new ACR(level.uri())))
            .uiLocales(uiLocales(locale))
            .build()
            .toURI();
    return new Started(
        new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), level), url);
  }

  /** The pending login to keep and where to send the browser. */
  public record Started(Pending pending, URI authorizationUrl) {}

  /** Completes the login the callback's {@code state} names, with the code Keycloak sent. */
  public SignedIn finish(Pending pending, String state, String code) throws LoginException {
    if (pending == null || state == null || !constantTimeEquals(pending.state(), state)) {
      throw new LoginException("callback without a matching pending login", null, false);
    }
    if (code == null || code.isBlank()) {
      throw new LoginException("callback without a code", null, false);
    }
    OIDCProviderMetadata provider = metadata();
    ClientID client = new ClientID(RelyingPartySettings.CLIENT_ID);
    String secret;
    try {
      secret = registration.secret();
    } catch (RuntimeException e) {
      throw new LoginException("the demo client is not registered in Keycloak", e, true);
    }
    TokenRequest request =
        new TokenRequest(
            provider.getTokenEndpointURI(),
            new ClientSecretBasic(client, new Secret(secret)),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                settings.callback(),
                new CodeVerifier(pending.verifier())));
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout((int) settings.timeout().toMillis());
      http.setReadTimeout((int) settings.timeout().toMillis());
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      throw new LoginException("token endpoint unreachable", e, true);
    } catch (ParseException e) {
      throw new LoginException("unreadable token response", e, false);
    }
    if (!response.indicatesSuccess()) {
      throw new LoginException(
          "token request refused: " + response.toErrorResponse().getErrorObject().getCode(),
          null,
          false);
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims;
    try {
      claims = validator(provider).validate(idToken, new Nonce(pending.nonce()));
    } catch (BadJOSEException | JOSEException e) {
      throw new LoginException("ID token refused", e, keysUnreachable(e));
    }
    ACR acr = claims.getACR();
    String name = claims.getStringClaim("name");
    if (name == null || name.isBlank()) {
      name =
          String.join(
                  " ",
                  nonNull(claims.getStringClaim("given_name")),
                  nonNull(claims.getStringClaim("family_name")))
              .trim();
    }
    String username = claims.getStringClaim("preferred_username");
    return new SignedIn(
        name,
        username == null ? claims.getSubject().getValue() : username,
        acr == null ? "" : acr.getValue(),
        pending.requested(),
        idToken.getParsedString());
  }

  /** Keycloak's end-session URL for this login, coming back to the site's home page. */
  public URI logout(SignedIn signedIn) throws LoginException {
    try {
      return new LogoutRequest(
              metadata().getEndSessionEndpointURI(),
              com.nimbusds.jwt.JWTParser.parse(signedIn.idToken()),
              settings.home(),
              null)
          .toURI();
    } catch (java.text.ParseException e) {
      throw new LoginException("stored ID token unreadable", e, false);
    }
  }

  private OIDCProviderMetadata metadata() throws LoginException {
    OIDCProviderMetadata known = metadata;
    if (known != null) {
      return known;
    }
    int timeout = (int) settings.timeout().toMillis();
    try {
      known = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeout, timeout);
    } catch (IOException | GeneralException e) {
      throw new LoginException("OpenID metadata of " + settings.issuer() + " unavailable", e, true);
    }
    metadata = known;
    return known;
  }

  private IDTokenValidator validator(OIDCProviderMetadata provider) throws LoginException {
    IDTokenValidator known = validator;
    if (known == null) {
      try {
        known =
            new IDTokenValidator(
                provider.getIssuer(),
                new ClientID(RelyingPartySettings.CLIENT_ID),
                JWSAlgorithm.RS256,
                provider.getJWKSetURI().toURL());
      } catch (java.net.MalformedURLException e) {
        throw new LoginException("JWKS URI is not a URL", e, false);
      }
      validator = known;
    }
    return known;
  }

  /** Whether validation failed because the realm's keys could not be fetched. */
  private static boolean keysUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof com.nimbusds.jose.KeySourceException || t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static List<LangTag> uiLocales(Locale locale) {
    try {
      return List.of(new LangTag(locale.getLanguage()));
    } catch (LangTagException e) {
      return List.of();
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
