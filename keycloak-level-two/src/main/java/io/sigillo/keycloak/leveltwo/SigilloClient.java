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
 * Sigillo's level-2 REST API ({@code /api/level-two/{tenant}/persons/{username}/...}) as the
 * authenticator calls it: a bearer token of {@code sigillo-level-two}, {@code Accept-Language} for
 * the SMS text, short timeouts. Every answer outside the contract is a {@link SigilloUnavailable},
 * so nothing but an explicit {@code ACCEPTED} can ever let a login through.
 */
final class SigilloClient {

  /** Where one call goes: Sigillo's base URL and the token endpoint for the broker's token. */
  record Target(URI sigillo, URI tokenEndpoint) {}

  private final HttpClient http;
  private final BrokerTokens tokens;
  private final Duration timeout;

  SigilloClient(HttpClient http, BrokerTokens tokens, Duration timeout) {
    this.http = http;
    this.tokens = tokens;
    this.timeout = timeout;
  }

  Methods methods(Target target, String tenant, String username, String language)
      throws SigilloUnavailable {
    return Methods.from(json(call(target, "GET", tenant, username, "methods", null, language)));
  }

  CodeCheck appCode(Target target, String tenant, String username, String code, String language)
      throws SigilloUnavailable {
    String body = write(Map.of("code", code));
    return check(send(target, "POST", tenant, username, "app-code", body, language), "app-code");
  }

  SmsAnswer sendSms(Target target, String tenant, String username, String language)
      throws SigilloUnavailable {
    // an empty object, not no body: the API consumes JSON on every POST
    HttpResponse<String> response = send(target, "POST", tenant, username, "sms", "{}", language);
    if (response.statusCode() == 429) {
      return SmsAnswer.Refused.from(json(response));
    }
    return SmsAnswer.Sent.from(json(expectOk(response, "sms")));
  }

  CodeCheck smsCode(
      Target target,
      String tenant,
      String username,
      String challengeId,
      String code,
      String language)
      throws SigilloUnavailable {
    String body = write(Map.of("challengeId", challengeId, "code", code));
    return check(send(target, "POST", tenant, username, "sms-code", body, language), "sms-code");
  }

  /**
   * A code's outcome; Sigillo's 429 (too many checks for this person in a short time) reads as
   * {@code DELAYED}: the person waits and tries again, the same as the registry's own delay.
   */
  private static CodeCheck check(HttpResponse<String> response, String operation)
      throws SigilloUnavailable {
    if (response.statusCode() == 429) {
      SmsAnswer.Refused refused = SmsAnswer.Refused.from(json(response));
      return new CodeCheck(
          CodeCheck.Check.DELAYED, 0, java.util.Optional.empty(), refused.retryAfterSeconds());
    }
    return CodeCheck.from(json(expectOk(response, operation)));
  }

  private HttpResponse<String> call(
      Target target,
      String method,
      String tenant,
      String username,
      String operation,
      String body,
      String language)
      throws SigilloUnavailable {
    return expectOk(send(target, method, tenant, username, operation, body, language), operation);
  }

  /** One request; a 401 (token no longer accepted) is retried once with a new token. */
  private HttpResponse<String> send(
      Target target,
      String method,
      String tenant,
      String username,
      String operation,
      String body,
      String language)
      throws SigilloUnavailable {
    URI url = url(target.sigillo(), tenant, username, operation);
    String token = tokens.token(target.tokenEndpoint());
    HttpResponse<String> response =
        exchange(request(url, method, body, language, token), operation);
    if (response.statusCode() == 401) {
      tokens.forget(target.tokenEndpoint(), token);
      token = tokens.token(target.tokenEndpoint());
      response = exchange(request(url, method, body, language, token), operation);
    }
    return response;
  }

  private HttpRequest request(URI url, String method, String body, String language, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Accept-Language", language);
    if (body == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> exchange(HttpRequest request, String operation)
      throws SigilloUnavailable {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SigilloUnavailable(
          "Sigillo's " + operation + " at " + origin(request.uri()) + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SigilloUnavailable("interrupted while calling Sigillo's " + operation, e);
    }
  }

  private static HttpResponse<String> expectOk(HttpResponse<String> response, String operation)
      throws SigilloUnavailable {
    if (response.statusCode() != 200) {
      // the catalogued error body carries a code and a correlation id, never a secret
      throw new SigilloUnavailable(
          "Sigillo's "
              + operation
              + " answered HTTP "
              + response.statusCode()
              + " "
              + TokenEndpoint.abbreviate(response.body()));
    }
    return response;
  }

  private static Map<?, ?> json(HttpResponse<String> response) throws SigilloUnavailable {
    try {
      Object value = JsonSerialization.readValue(response.body(), Object.class);
      if (value instanceof Map<?, ?> map) {
        return map;
      }
    } catch (IOException | RuntimeException e) {
      throw new SigilloUnavailable(
          "unreadable answer from Sigillo (HTTP " + response.statusCode() + ")", e);
    }
    throw new SigilloUnavailable("Sigillo's answer is not a JSON object");
  }

  private static String write(Map<String, String> body) throws SigilloUnavailable {
    try {
      return JsonSerialization.writeValueAsString(body);
    } catch (IOException e) {
      throw new SigilloUnavailable("could not write the request body", e);
    }
  }

  /** {@code <base>/api/level-two/<tenant>/persons/<username>/<operation>}, each segment encoded. */
  static URI url(URI base, String tenant, String username, String operation) {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(
        root
            + "/api/level-two/"
            + segment(tenant)
            + "/persons/"
            + segment(username)
            + "/"
            + operation);
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String origin(URI url) {
    return url.getScheme() + "://" + url.getAuthority();
  }
}
