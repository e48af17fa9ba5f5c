package io.sigillo.core.text;

/**
 * Text made safe for HTML, in an element or a quoted attribute. For the few places that write HTML
 * by hand (e-mails' HTML part, error pages, developer pages); Faces pages escape by themselves.
 */
public final class HtmlText {

  private HtmlText() {}

  /** {@code <>&"'} as entities; null is the empty text. */
  public static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
