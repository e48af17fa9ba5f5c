package io.sigillo.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgCheckTest {

  private static byte[] svg(String inner) {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 10 10\">"
            + inner
            + "</svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPlainDrawingWithInternalReferencesIsAccepted() {
    assertThat(
            SvgCheck.problem(
                svg(
                    "<defs><linearGradient id=\"g\"/></defs>"
                        + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>"
                        + "<use href=\"#g\"/><text x=\"1\" y=\"8\">A</text>")))
        .isEmpty();
  }

  @Test
  void scriptsHandlersAndForeignContentAreRefused() {
    assertThat(SvgCheck.problem(svg("<script>alert(1)</script>"))).hasValue("<script>");
    assertThat(SvgCheck.problem(svg("<rect onclick=\"x()\"/>"))).hasValue("event handler onclick");
    assertThat(SvgCheck.problem(svg("<foreignObject><p>x</p></foreignObject>")))
        .hasValue("<foreignobject>");
    assertThat(SvgCheck.problem(svg("<set attributeName=\"href\" to=\"javascript:x()\"/>")))
        .hasValue("animated link");
  }

  @Test
  void externalReferencesAreRefused() {
    assertThat(SvgCheck.problem(svg("<use xlink:href=\"https://evil.example/a.svg#x\"/>")))
        .hasValue("external reference in href");
    assertThat(SvgCheck.problem(svg("<rect style=\"fill:url(https://evil.example/x)\"/>")))
        .hasValue("external reference in style");
    assertThat(SvgCheck.problem(svg("<style>@import url(https://evil.example/x.css);</style>")))
        .hasValue("style with external reference");
    assertThat(SvgCheck.problem(svg("<image href=\"data:image/png;base64,AAAA\"/>")))
        .hasValue("<image>");
  }

  @Test
  void doctypesEntitiesAndNonSvgDocumentsAreRefused() {
    String entities =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>";
    assertThat(SvgCheck.problem(entities.getBytes(StandardCharsets.UTF_8)))
        .hasValue("not well-formed SVG or has a DTD");
    assertThat(SvgCheck.problem("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
        .hasValue("root element is not <svg>");
    assertThat(SvgCheck.problem("not xml".getBytes(StandardCharsets.UTF_8))).isPresent();
  }
}
