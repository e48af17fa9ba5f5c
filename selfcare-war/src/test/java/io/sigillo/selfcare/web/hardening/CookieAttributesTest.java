package io.sigillo.selfcare.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CookieAttributesTest {

  @Test
  void aSessionCookieGetsHttpOnlyAndSameSiteLaxAndSecureOnlyOverTls() {
    assertThat(CookieAttributes.harden("JSESSIONID=abc; Path=/", false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
    assertThat(CookieAttributes.harden("JSESSIONIDVERSION=1:2; Path=/;", true))
        .isEqualTo("JSESSIONIDVERSION=1:2; Path=/; HttpOnly; SameSite=Lax; Secure");
  }

  @Test
  void attributesAlreadyThereAreKeptAndNotRepeated() {
    String strict = "lang=en; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertThat(CookieAttributes.harden(strict, true)).isEqualTo(strict);
    assertThat(CookieAttributes.harden("JSESSIONID=a; Path=/;HttpOnly;SameSite=Lax", false))
        .isEqualTo("JSESSIONID=a; Path=/;HttpOnly;SameSite=Lax");
  }

  @Test
  void aValueThatLooksLikeAnAttributeIsNotTakenForOne() {
    assertThat(CookieAttributes.harden("secure=httponly; Path=/", false))
        .isEqualTo("secure=httponly; Path=/; HttpOnly; SameSite=Lax");
  }
}
