package io.sigillo.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A tenant's signing app signing a person in as a native app does (RFC 8252): it listens on a
 * loopback port of its own choice, sends the person's browser to Keycloak with an S256 code
 * challenge, receives the code on the loopback address and exchanges it, with the verifier and no
 * secret, at the token endpoint. The person types the password on Keycloak's own pages ({@link
 * HttpBrowser}). The token is what the provisioned {@code signing-<slug>} client gives, nothing the
 * test configured.
 */
public final class SigningAppTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SigningAppTokens() {}

  /** The signing app's client id on a tenant, as provisioning names it. */
  public static String clientId(String slug) {
    return "signing-" + slug;
  }

  /** An access token of the person, signed in with the password through the tenant's app. */
  public static String accessToken(String slug, String username, String password) {
    return accessToken(slug, username, password, null, (browser, page) -> page);
  }

  /**
   * An access token at the level the app asks for with {@code acr} ({@code acr_values}; null:
   * none): after the password, {@code step} answers what Keycloak asks next in the person's browser
   * (the level-2 step's page) and returns the page that follows.
   */
  public static String accessToken(
      String slug,
      String username,
      String password,
      String acr,
      BiFunction<HttpBrowser, HttpBrowser.Page, HttpBrowser.Page> step) {
    HttpServer listener;
    try {
      listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("no loopback port for the app's redirect", e);
    }
    listener.createContext(
        "/callback",
        exchange -> {
          byte[] done = "Sigillo: you can close this window.".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, done.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(done);
          }
        });
    listener.start();
    try {
      String redirectUri = "http://127.0.0.1:" + listener.getAddress().getPort() + "/callback";
      String verifier = random(48);
      String state = random(16);
      HttpBrowser browser = new HttpBrowser();
      HttpBrowser.Page login =
          browser.open(
              authorizationUrl(clientId(slug), redirectUri, state, challenge(verifier), acr));
      if (!HttpBrowser.isKeycloakLogin(login)) {
        throw new IllegalStateException(
            "no login page for " + clientId(slug) + ": " + login.status() + " " + login.body());
      }
      HttpBrowser.Page back = step.apply(browser, browser.signIn(login, username, password));
      Map<String, String> answer = query(back.url());
      if (back.status() != 200
          || !back.url().getPath().equals("/callback")
          || !state.equals(answer.get("state"))
          || !answer.containsKey("code")) {
        throw new IllegalStateException(
            "sign-in of " + username + " did not return a code: " + back.url() + " " + back.body());
      }
      return Tokens.authorizationCode(clientId(slug), answer.get("code"), redirectUri, verifier);
    } finally {
      listener.stop(0);
    }
  }

  /** Keycloak's authorization request of a public client; {@code challenge} null: no PKCE. */
  public static URI authorizationUrl(
      String clientId, String redirectUri, String state, String challenge) {
    return authorizationUrl(clientId, redirectUri, state, challenge, null);
  }

  /** As above, asking for the level {@code acr} ({@code acr_values}; null: none). */
  public static URI authorizationUrl(
      String clientId, String redirectUri, String state, String challenge, String acr) {
    String url =
        Environment.keycloakUrl()
            + "/realms/"
            + KeycloakAdmin.REALM
            + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&redirect_uri="
            + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
            + "&state="
            + state
            + (acr == null ? "" : "&acr_values=" + URLEncoder.encode(acr, StandardCharsets.UTF_8));
    return URI.create(
        challenge == null ? url : url + "&code_challenge_method=S256&code_challenge=" + challenge);
  }

  /** The S256 challenge of a PKCE verifier (RFC 7636). */
  public static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static Map<String, String> query(URI url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (url.getRawQuery() == null) {
      return parameters;
    }
    for (String pair : url.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        parameters.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }
}
