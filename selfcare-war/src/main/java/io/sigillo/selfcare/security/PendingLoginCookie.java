package io.sigillo.selfcare.security;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The logins a browser has started and not finished, kept in the browser itself: one cookie,
 * encrypted and authenticated (AES-GCM), scoped to the callback path. An anonymous hit on a
 * protected page therefore creates no HTTP session: the server keeps nothing until the person comes
 * back signed in, and the state is bounded per browser ({@link #MAX_ENTRIES}) instead of growing
 * with every request. Every node derives the same key, so the callback may reach another node than
 * the one that started the login. A cookie that was altered, forged or encrypted under another key
 * reads as no pending login at all.
 */
final class PendingLoginCookie {

  static final String NAME = "SIGILLO_LOGIN";

  /** Unfinished logins kept per browser (e.g. several tabs); the oldest is dropped. */
  static final int MAX_ENTRIES = 4;

  /** Longer return paths are not worth their cookie bytes: the person lands on the home page. */
  static final int MAX_RETURN_TO = 512;

  /** Below the 4096 bytes browsers keep per cookie, name and attributes included. */
  static final int MAX_COOKIE_CHARS = 3800;

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  PendingLoginCookie(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The pending logins the request carries, expired ones left out; empty if unreadable. */
  List<PendingLogin> read(HttpServletRequest request, Instant now, Duration maxAge) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return new ArrayList<>();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        List<PendingLogin> logins = decode(cookie.getValue());
        logins.removeIf(login -> login.started().plus(maxAge).isBefore(now));
        return logins;
      }
    }
    return new ArrayList<>();
  }

  /** Writes the pending logins (the newest {@link #MAX_ENTRIES}), or removes the cookie if none. */
  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      List<PendingLogin> logins,
      Duration maxAge) {
    String value = fit(logins);
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath(request.getContextPath() + LoginClients.CALLBACK_PATH);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    // Keycloak sends the browser back with a top-level GET: Lax cookies come along
    cookie.setAttribute("SameSite", "Lax");
    cookie.setMaxAge(value.isEmpty() ? 0 : (int) maxAge.toSeconds());
    response.addCookie(cookie);
  }

  /** The cookie value for the newest logins that fit; empty for none. */
  String fit(List<PendingLogin> logins) {
    List<PendingLogin> kept =
        new ArrayList<>(logins.subList(Math.max(0, logins.size() - MAX_ENTRIES), logins.size()));
    String value = kept.isEmpty() ? "" : encode(kept);
    while (value.length() > MAX_COOKIE_CHARS && kept.size() > 1) {
      // browsers drop a cookie over 4 KB whole: give up the oldest logins rather than all
      kept.remove(0);
      value = encode(kept);
    }
    return value;
  }

  String encode(List<PendingLogin> logins) {
    StringBuilder plain = new StringBuilder();
    for (PendingLogin login : logins) {
      if (!plain.isEmpty()) {
        plain.append('\n');
      }
      plain
          .append(field(login.tenant().value()))
          .append(' ')
          .append(field(login.state()))
          .append(' ')
          .append(field(login.nonce()))
          .append(' ')
          .append(field(login.codeVerifier()))
          .append(' ')
          .append(field(login.redirectUri()))
          .append(' ')
          .append(field(login.returnTo()))
          .append(' ')
          .append(login.started().getEpochSecond())
          .append(' ')
          .append(login.levelTwo() ? '2' : '1');
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plain.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  List<PendingLogin> decode(String value) {
    List<PendingLogin> logins = new ArrayList<>();
    try {
      byte[] raw = Base64.getUrlDecoder().decode(value);
      if (raw.length <= IV_BYTES) {
        return logins;
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
      String plain =
          new String(cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
      for (String line : plain.split("\n")) {
        String[] f = line.split(" ");
        if (f.length != 8 || !TenantId.isValid(unfield(f[0]))) {
          return new ArrayList<>();
        }
        logins.add(
            new PendingLogin(
                TenantId.of(unfield(f[0])),
                unfield(f[1]),
                unfield(f[2]),
                unfield(f[3]),
                unfield(f[4]),
                unfield(f[5]),
                Instant.ofEpochSecond(Long.parseLong(f[6])),
                "2".equals(f[7])));
      }
      return logins;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // tampered, truncated or from another key: no pending login, the callback is refused
      return new ArrayList<>();
    }
  }

  private static String field(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String unfield(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
