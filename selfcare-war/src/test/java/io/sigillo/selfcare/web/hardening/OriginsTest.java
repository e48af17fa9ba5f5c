package io.sigillo.selfcare.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void thePortalsOwnOriginMatchesItsHostWhateverTheSchemeAndDefaultPort() {
    assertThat(Origins.sameAuthority("http://alpha.localhost:8080", "alpha.localhost:8080"))
        .isTrue();
    assertThat(Origins.sameAuthority("https://alpha.example.it", "alpha.example.it")).isTrue();
    assertThat(Origins.sameAuthority("https://ALPHA.example.it", "alpha.example.it:443")).isTrue();
  }

  @Test
  void anotherSiteASiblingPortalAnotherPortAndOpaqueOriginsDoNot() {
    assertThat(Origins.sameAuthority("http://evil.example", "alpha.localhost:8080")).isFalse();
    assertThat(Origins.sameAuthority("http://beta.localhost:8080", "alpha.localhost:8080"))
        .isFalse();
    assertThat(Origins.sameAuthority("http://alpha.localhost:9090", "alpha.localhost:8080"))
        .isFalse();
    assertThat(Origins.sameAuthority("null", "alpha.localhost:8080")).isFalse();
    assertThat(Origins.sameAuthority("http://alpha.localhost:8080", null)).isFalse();
    assertThat(Origins.sameAuthority("not a url", "alpha.localhost")).isFalse();
  }
}
