package io.sigillo.core.messaging.template;

import io.sigillo.core.messaging.template.TemplateProblem.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a text must be to be saved. Lengths are measured with the longest values a variable can
 * plausibly take, so a text that passes never grows past an SMS or a subject line when a real
 * message is made.
 */
final class TemplateRules {

  /** Three concatenated SMS, what every gateway here accepts ({@code SmsMessage}). */
  static final int SMS_MAX = 459;

  /** Mail clients and servers cut or fold longer subjects. */
  static final int SUBJECT_MAX = 200;

  /** The stored column's size; e-mail bodies have no other limit. */
  static final int BODY_MAX = 4000;

  /**
   * The longest plausible value of each variable. A tenant's display name is at most 100
   * characters; an activation link carries the tenant's host and a token (300); the renewal page's
   * address is the tenant's host and a fixed path, no token (250); codes are at most 8 digits.
   */
  static final Map<String, String> LONGEST =
      Map.ofEntries(
          Map.entry("portal", "P".repeat(100)),
          Map.entry("name", "N".repeat(60)),
          Map.entry("code", "12345678"),
          Map.entry("link", "https://" + "l".repeat(292)),
          Map.entry("renewalLink", "https://" + "r".repeat(242)),
          Map.entry("minutes", "1440"),
          Map.entry("hours", "168"),
          Map.entry("detail", "D".repeat(40)),
          Map.entry("contact", "C".repeat(30)),
          Map.entry("date", "31/12/2099"),
          Map.entry("days", "365"));

  private TemplateRules() {}

  static List<TemplateProblem> check(NotificationKind kind, TemplateText text) {
    List<TemplateProblem> problems = new ArrayList<>();
    boolean mail = kind.channel() == Channel.MAIL;
    String subject = text == null || text.subject() == null ? "" : text.subject();
    String body = text == null || text.body() == null ? "" : text.body();
    if (body.isBlank() || (mail && subject.isBlank())) {
      problems.add(new TemplateProblem(Kind.EMPTY, null, 0, 0));
    }
    Optional<List<TemplateSyntax.Part>> bodyParts = TemplateSyntax.parse(body);
    Optional<List<TemplateSyntax.Part>> subjectParts =
        mail ? TemplateSyntax.parse(subject) : Optional.of(List.of());
    if (bodyParts.isEmpty() || subjectParts.isEmpty()) {
      problems.add(new TemplateProblem(Kind.MALFORMED, null, 0, 0));
    }
    Set<String> known = new HashSet<>();
    kind.variables().forEach(v -> known.add(v.name()));
    Set<String> named = new LinkedHashSet<>(TemplateSyntax.names(subject(mail, subject)));
    named.addAll(TemplateSyntax.names(body));
    for (String name : named) {
      if (!known.contains(name)) {
        problems.add(new TemplateProblem(Kind.UNKNOWN_VARIABLE, name, 0, 0));
      }
    }
    for (TemplateVariable variable : kind.variables()) {
      if (variable.required() && !named.contains(variable.name()) && bodyParts.isPresent()) {
        problems.add(new TemplateProblem(Kind.MISSING_VARIABLE, variable.name(), 0, 0));
      }
      if (mail && variable.secret() && TemplateSyntax.names(subject).contains(variable.name())) {
        problems.add(new TemplateProblem(Kind.SECRET_IN_SUBJECT, variable.name(), 0, 0));
      }
    }
    if (mail) {
      subjectParts.ifPresent(parts -> tooLong(parts, SUBJECT_MAX, problems));
      if (body.length() > BODY_MAX) {
        problems.add(new TemplateProblem(Kind.TOO_LONG, null, BODY_MAX, body.length()));
      }
    } else {
      bodyParts.ifPresent(parts -> tooLong(parts, SMS_MAX, problems));
    }
    return List.copyOf(problems);
  }

  private static String subject(boolean mail, String subject) {
    return mail ? subject : "";
  }

  private static void tooLong(
      List<TemplateSyntax.Part> parts, int limit, List<TemplateProblem> problems) {
    int length =
        TemplateSyntax.render(parts, name -> LONGEST.getOrDefault(name, "{{" + name + "}}"))
            .length();
    if (length > limit) {
      problems.add(new TemplateProblem(Kind.TOO_LONG, null, limit, length));
    }
  }
}
