package io.sigillo.reseller.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void rendersTheUsualMarkdown() {
    String html = Markdown.toHtml("# Titolo\n\n1. **uno**\n2. [due](https://example.it/x)\n");
    assertThat(html)
        .contains(
            "<h1>Titolo</h1>", "<strong>uno</strong>", "href=\"https://example.it/x\">due</a>");
  }

  @Test
  void rawHtmlAndScriptsAreEscapedNotRun() {
    String html =
        Markdown.toHtml(
            "<script>alert(1)</script>\n\nciao <img src=x onerror=alert(2)> <b>grassetto</b>");
    assertThat(html)
        .doesNotContain("<script", "<img", "<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
  }

  @Test
  void javascriptLinksLoseTheirTarget() {
    String html = Markdown.toHtml("[clic](javascript:alert(1)) e ![x](javascript:alert(2))");
    assertThat(html).doesNotContain("javascript:");
  }
}
