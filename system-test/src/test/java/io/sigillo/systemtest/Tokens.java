package io.sigillo.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens straight from Keycloak's token endpoint in the platform realm, as a back end gets
 * them (client credentials); micro's {@code it.support.Tokens}, the part the system test needs.
 */
final class Tokens {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private Tokens() {}

  static String clientCredentials(String clientId, String secret) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    Environment.keycloakUrl()
                        + "/realms/"
                        + KeycloakAdmin.REALM
                        + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&client_id="
                        + clientId
                        + "&client_secret="
                        + secret))
            .build();
    try {
      HttpResponse<String> response =
          PayaraServer.client().send(request, HttpResponse.BodyHandlers.ofString());
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
