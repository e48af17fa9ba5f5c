package io.sigillo.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens straight from Keycloak's token endpoint in the platform realm, as a back end
 * (client credentials) or a person (password grant, so the token names the person as a session
 * would) gets them; the tests then present them to the application like any client.
 */
public final class Tokens {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final HttpClient CLIENT = Http.client();

  private Tokens() {}

  public static String clientCredentials(String clientId, String secret) {
    return grant(
        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
  }

  public static String password(String clientId, String secret, String username, String password) {
    return grant(
        "grant_type=password&client_id="
            + clientId
            + "&client_secret="
            + secret
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8));
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
