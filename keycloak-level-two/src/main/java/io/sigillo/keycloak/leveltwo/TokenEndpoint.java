package io.sigillo.keycloak.leveltwo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * Client-credentials grants of {@code sigillo-level-two} at Keycloak's own token endpoint, over
 * HTTP like any other client: the token is then exactly what Sigillo verifies for every other
 * caller (signature, issuer, audience, the {@code level-two-broker} role), with no back door for
 * Keycloak.
 */
final class TokenEndpoint implements BrokerTokens.Source {

  private final HttpClient http;
  private final Duration timeout;
  private final String clientId;
  private final String secret;

  TokenEndpoint(HttpClient http, Duration timeout, String clientId, String secret) {
    this.http = http;
    this.timeout = timeout;
    this.clientId = clientId;
    this.secret = secret;
  }

  @Override
  public BrokerTokens.Issued issue(URI tokenEndpoint) throws SigilloUnavailable {
    if (secret == null || secret.isBlank()) {
      throw new SigilloUnavailable(
          "the secret of client " + clientId + " is not set (SIGILLO_LEVEL_TWO_SECRET)");
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SigilloUnavailable(
          "Keycloak's token endpoint " + tokenEndpoint + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SigilloUnavailable("interrupted while asking for the broker's token", e);
    }
    if (response.statusCode() != 200) {
      // Keycloak's error body names the reason (invalid_client, unauthorized_client), no secret
      throw new SigilloUnavailable(
          "Keycloak refused a token to "
              + clientId
              + ": HTTP "
              + response.statusCode()
              + " "
              + abbreviate(response.body()));
    }
    try {
      Map<?, ?> json = JsonSerialization.readValue(response.body(), Map.class);
      if (json.get("access_token") instanceof String token
          && json.get("expires_in") instanceof Number lifetime) {
        return new BrokerTokens.Issued(token, Duration.ofSeconds(lifetime.longValue()));
      }
    } catch (IOException | RuntimeException e) {
      throw new SigilloUnavailable("unreadable token response", e);
    }
    throw new SigilloUnavailable("the token response has no access_token or expires_in");
  }

  static String abbreviate(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
  }
}
