package io.sigillo.reseller.guide.domain;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML for guides written by a tenant's operators. Raw HTML in the source is escaped (a
 * {@code <script>} shows as text) and link targets other than http(s), mailto and relative ones are
 * dropped ({@code javascript:} links become empty), so the output can be written into a page
 * unescaped.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private Markdown() {}

  public static String toHtml(String markdown) {
    return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
  }
}
