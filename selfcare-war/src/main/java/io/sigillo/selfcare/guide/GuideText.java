package io.sigillo.selfcare.guide;

/** A guide's title and Markdown body. */
public record GuideText(String title, String body) {

  /** Splits "# title" off the first line of a Markdown file. */
  static GuideText parse(String markdown) {
    String text = markdown.replace("\r\n", "\n");
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (first.startsWith("# ")) {
      return new GuideText(
          first.substring(2).trim(), end < 0 ? "" : text.substring(end + 1).strip());
    }
    return new GuideText("", text.strip());
  }
}
