package io.sigillo.selfcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pending logins a browser carries: readable only as written, under the nodes' own key. */
class PendingLoginCookieTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private final PendingLoginCookie cookie = new PendingLoginCookie(KEY);

  private static PendingLogin login(String state, String returnTo) {
    return login(state, returnTo, false);
  }

  private static PendingLogin login(String state, String returnTo, boolean levelTwo) {
    return new PendingLogin(
        TenantId.of("alpha"),
        state,
        "nonce-" + state,
        "verifier-" + state,
        "http://alpha.localhost:8080/login/callback",
        returnTo,
        Instant.parse("2026-12-07T10:00:00Z"),
        levelTwo);
  }

  @Test
  void whatIsWrittenReadsBackEntryForEntry() {
    List<PendingLogin> logins =
        List.of(login("s1", "/account/?a=1&b=due parole"), login("s2", "/credentials/", true));
    assertThat(cookie.decode(cookie.encode(logins))).isEqualTo(logins);
  }

  @Test
  void anAlteredOrForeignCookieReadsAsNoPendingLogin() {
    String value = cookie.encode(List.of(login("s1", "/")));
    char last = value.charAt(value.length() - 2);
    String altered =
        value.substring(0, value.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + value.charAt(value.length() - 1);
    assertThat(cookie.decode(altered)).isEmpty();
    byte[] otherKey = KEY.clone();
    otherKey[0] = 1;
    assertThat(new PendingLoginCookie(otherKey).decode(value)).isEmpty();
    assertThat(cookie.decode("not base64 !")).isEmpty();
    assertThat(cookie.decode("")).isEmpty();
  }

  @Test
  void eachEncodingIsDifferentSoNothingLeaksFromComparingCookies() {
    List<PendingLogin> logins = List.of(login("s1", "/"));
    assertThat(cookie.encode(logins)).isNotEqualTo(cookie.encode(logins));
  }

  @Test
  void theNewestLoginsAreKeptWithinTheCookieLimit() {
    List<PendingLogin> logins = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      logins.add(login("state-" + i, "/" + "%".repeat(PendingLoginCookie.MAX_RETURN_TO - 1)));
    }
    String value = cookie.fit(logins);
    assertThat(value.length()).isLessThanOrEqualTo(PendingLoginCookie.MAX_COOKIE_CHARS);
    List<PendingLogin> kept = cookie.decode(value);
    assertThat(kept).isNotEmpty().hasSizeLessThanOrEqualTo(PendingLoginCookie.MAX_ENTRIES);
    assertThat(kept).last().isEqualTo(logins.get(5));
    assertThat(cookie.fit(List.of())).isEmpty();
  }
}
