package io.sigillo.core.messaging.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of a text, read and filled by hand. A template engine would add
 * loops, conditions, includes and expression languages to a text operators type in a browser, with
 * their escaping rules and their bugs; the platform needs none of that: a fixed list of names per
 * notification, replaced by values, nothing else. Spaces inside the braces are allowed ({@code {{
 * code }}}); a {@code {{} without its {@code }}}, a {@code }}} without its {@code {{} or braces
 * around anything but a name make the text malformed. A single brace is plain text.
 */
final class TemplateSyntax {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final String OPEN = "{{";
  private static final String CLOSE = "}}";

  /** A piece of a template: plain text, or the name of a variable. */
  record Part(String text, boolean variable) {}

  private TemplateSyntax() {}

  /** The parts of a template; empty if it is malformed. */
  static Optional<List<Part>> parse(String template) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf(OPEN, at);
      int strayClose = template.indexOf(CLOSE, at);
      if (strayClose >= 0 && (open < 0 || strayClose < open)) {
        return Optional.empty();
      }
      if (open < 0) {
        parts.add(new Part(template.substring(at), false));
        break;
      }
      int close = template.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        return Optional.empty();
      }
      String name = template.substring(open + OPEN.length(), close).strip();
      if (!NAME.matcher(name).matches()) {
        return Optional.empty();
      }
      if (open > at) {
        parts.add(new Part(template.substring(at, open), false));
      }
      parts.add(new Part(name, true));
      at = close + CLOSE.length();
    }
    return Optional.of(parts);
  }

  /** The variables a template names, in order of first use; empty for a malformed one. */
  static Set<String> names(String template) {
    Set<String> names = new LinkedHashSet<>();
    parse(template)
        .ifPresent(
            parts -> parts.stream().filter(Part::variable).forEach(p -> names.add(p.text())));
    return names;
  }

  /** The parts joined, each variable replaced by {@code value} of its name. */
  static String render(List<Part> parts, UnaryOperator<String> value) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      out.append(part.variable() ? value.apply(part.text()) : part.text());
    }
    return out.toString();
  }

  /** Fills a well-formed template with {@code values}; a name without a value becomes empty. */
  static String render(String template, Map<String, String> values) {
    return parse(template)
        .map(parts -> render(parts, name -> values.getOrDefault(name, "")))
        .orElseThrow(() -> new IllegalArgumentException("malformed template"));
  }
}
