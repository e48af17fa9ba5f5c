package io.sigillo.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens straight from Keycloak's token endpoint in the platform realm, as a back end
 * (client credentials) or an app that signed a person in (authorization code with its PKCE
 * verifier, see {@link SigningAppTokens}) gets them; the tests then present them to the application
 * like any client. No tenant client allows the password grant.
 */
public final class Tokens {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final HttpClient CLIENT = Http.client();

  private Tokens() {}

  public static String clientCredentials(String clientId, String secret) {
    return grant(
        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
  }

  /** Exchanges an authorization code of a public client, proving the PKCE verifier. */
  public static String authorizationCode(
      String clientId, String code, String redirectUri, String verifier) {
    return grant(
        "grant_type=authorization_code&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&redirect_uri="
            + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
            + "&code_verifier="
            + verifier);
  }

  /** The token's claims as JSON (not verified: the application does that), for assertions. */
  public static String claims(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  private static String grant(String form) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    Environment.keycloakUrl()
                        + "/realms/"
                        + KeycloakAdmin.REALM
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException(
            "no token: " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
