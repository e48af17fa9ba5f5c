package io.sigillo.selfcare.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "back to the page" link of the session-expired page links only this portal's pages. */
class StaleViewBackLinkTest {

  private static final String FORM = "/ctx/guides/guide.xhtml";

  @Test
  void thePageTheFormCameFromKeepsItsQuery() {
    assertThat(
            StaleViewExceptionHandler.back(
                "/ctx",
                FORM,
                "alpha.localhost",
                "http://alpha.localhost:8080/ctx" + "/guides/guide.xhtml?slug=phone-clock"))
        .isEqualTo("/guides/guide.xhtml?slug=phone-clock");
  }

  @Test
  void withoutARefererTheFormsOwnPath() {
    assertThat(StaleViewExceptionHandler.back("/ctx", FORM, "alpha.localhost", null))
        .isEqualTo("/guides/guide.xhtml");
    assertThat(StaleViewExceptionHandler.back("", "/support/new.xhtml", "a.localhost", "::"))
        .isEqualTo("/support/new.xhtml");
  }

  @Test
  void anotherSiteOrAnotherApplicationIsNeverLinked() {
    for (String referer :
        new String[] {
          "https://evil.example/ctx/guides/guide.xhtml",
          "http://alpha.localhost:8080/other/page.xhtml",
          "http://alpha.localhost:8080/ctx//evil.example/x",
          "http://alpha.localhost:8080/ctx/\\\\evil.example/x",
          "javascript:alert(1)"
        }) {
      assertThat(StaleViewExceptionHandler.back("/ctx", FORM, "alpha.localhost", referer))
          .as(referer)
          .isEqualTo("/guides/guide.xhtml");
    }
    assertThat(StaleViewExceptionHandler.back("", "//evil.example/x.xhtml", "a.localhost", null))
        .isEqualTo("/");
  }
}
