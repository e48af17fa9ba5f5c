package io.sigillo.core.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.messaging.template.TemplateProblem.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a text must pass to be saved, and the catalogue's own texts against them. */
class TemplateRulesTest {

  private final NotificationTemplates templates = new NotificationTemplates();

  @Test
  void everyDefaultTextOfEveryKindPassesItsCheckInItalianAndEnglish() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (Locale language : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
        TemplateText text = templates.defaults(kind, language);
        assertThat(templates.check(kind, text)).as(kind + " " + language).isEmpty();
        assertThat(text.subject() == null)
            .as(kind + " subject")
            .isEqualTo(kind.channel() == Channel.SMS);
      }
    }
  }

  @Test
  void theItalianAndEnglishDefaultsDiffer() {
    assertThat(templates.defaults(NotificationKind.SMS_CODE_LOGIN, Locale.GERMAN))
        .isEqualTo(templates.defaults(NotificationKind.SMS_CODE_LOGIN, Locale.ITALIAN));
    assertThat(templates.defaults(NotificationKind.SMS_CODE_LOGIN, Locale.UK).body())
        .contains("is your code");
    assertThat(templates.defaults(NotificationKind.SMS_CODE_RECONFIGURE, null).body())
        .contains("l'app OTP")
        .contains("è il codice");
  }

  @Test
  void smsCodeDefaultsFitOneSmsWithAUsualPortalNameInGsmCharacters() {
    for (NotificationKind kind : NotificationKind.values()) {
      if (!kind.name().startsWith("SMS_CODE_")) {
        continue;
      }
      for (Locale language : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
        String text =
            TemplateSyntax.render(
                templates.defaults(kind, language).body(),
                Map.of("portal", "Alpha Fiduciaria", "code", "012345", "minutes", "5"));
        assertThat(text).startsWith("Alpha Fiduciaria: 012345 ").contains(" 5 ");
        assertThat(text.length()).as("one SMS").isLessThanOrEqualTo(160);
        assertThat(text).as("GSM 7-bit only: " + text).matches("[A-Za-z0-9 :.,'èéùìòà]+");
      }
    }
  }

  @Test
  void aNameThatIsNotAVariableOfTheKindIsUnknown() {
    assertThat(
            templates.check(
                NotificationKind.SMS_CODE_LOGIN,
                new TemplateText(null, "{{portal}}: {{code}} per {{name}}")))
        .containsExactly(new TemplateProblem(Kind.UNKNOWN_VARIABLE, "name", 0, 0));
  }

  @Test
  void aCodeMessageWithoutItsCodeIsMissingAVariable() {
    assertThat(
            templates.check(
                NotificationKind.IDENTITY_CODE_RECOVERY,
                new TemplateText("{{portal}}: codice", "Ciao {{name}}, il codice vale.")))
        .containsExactly(new TemplateProblem(Kind.MISSING_VARIABLE, "code", 0, 0));
    assertThat(
            templates.check(
                NotificationKind.SIGNATURE_EXPIRY_REMINDER_SMS,
                new TemplateText(null, "{{portal}}: la firma scade il {{date}}")))
        .containsExactly(new TemplateProblem(Kind.MISSING_VARIABLE, "renewalLink", 0, 0));
  }

  @Test
  void aCodeOrALinkInAnEmailSubjectIsRefused() {
    assertThat(
            templates.check(
                NotificationKind.IDENTITY_CODE_RECOVERY,
                new TemplateText("Il tuo codice: {{ code }}", "Codice {{code}}")))
        .containsExactly(new TemplateProblem(Kind.SECRET_IN_SUBJECT, "code", 0, 0));
    assertThat(
            templates.check(
                NotificationKind.IDENTITY_ACTIVATION,
                new TemplateText("Attiva: {{link}}", "{{link}}")))
        .contains(new TemplateProblem(Kind.SECRET_IN_SUBJECT, "link", 0, 0));
  }

  @Test
  void anEmptySubjectOrBodyIsRefused() {
    assertThat(templates.check(NotificationKind.IDENTITY_SUSPENDED, new TemplateText(" ", "Testo")))
        .containsExactly(new TemplateProblem(Kind.EMPTY, null, 0, 0));
    assertThat(templates.check(NotificationKind.SMS_CODE_LOGIN, new TemplateText(null, "")))
        .contains(new TemplateProblem(Kind.EMPTY, null, 0, 0));
    assertThat(templates.check(NotificationKind.SMS_CODE_LOGIN, null))
        .contains(new TemplateProblem(Kind.EMPTY, null, 0, 0));
  }

  @Test
  void anSmsOfExactly459CharactersWithTheLongestValuesPasses() {
    // 100 (portal) + 2 + 8 (code) + 1 + 348
    String text = "{{portal}}: {{code}} " + "x".repeat(348);
    assertThat(templates.check(NotificationKind.SMS_CODE_LOGIN, new TemplateText(null, text)))
        .isEmpty();
  }

  @Test
  void anSmsThatFitsOnlyWithShortValuesIsRefusedWithItsLongestLength() {
    String text = "{{portal}}: {{code}} " + "x".repeat(349);
    List<TemplateProblem> problems =
        templates.check(NotificationKind.SMS_CODE_LOGIN, new TemplateText(null, text));
    assertThat(problems).containsExactly(new TemplateProblem(Kind.TOO_LONG, null, 459, 460));
  }

  @Test
  void aSubjectTooLongWithTheLongestPortalNameIsRefused() {
    String subject = "{{portal}}: " + "s".repeat(99);
    assertThat(
            templates.check(
                NotificationKind.IDENTITY_REVOKED, new TemplateText(subject, "{{portal}}")))
        .containsExactly(new TemplateProblem(Kind.TOO_LONG, null, 200, 201));
  }

  @Test
  void unbalancedOrBrokenBracesAreMalformed() {
    for (String body :
        List.of(
            "{{portal}}: {{code",
            "{{portal}}: code}} {{code}}",
            "{{co de}}",
            "{{{code}}}",
            "{{}} {{code}}",
            "{{code}} {{portal}")) {
      assertThat(templates.check(NotificationKind.SMS_CODE_LOGIN, new TemplateText(null, body)))
          .as(body)
          .containsExactly(new TemplateProblem(Kind.MALFORMED, null, 0, 0));
    }
  }

  @Test
  void singleBracesAreText() {
    assertThat(
            templates.check(
                NotificationKind.SMS_CODE_LOGIN, new TemplateText(null, "{x} {{code}} } {")))
        .isEmpty();
  }

  @Test
  void renderingFillsEveryPlaceholderSpacesInsideTheBracesAllowed() {
    assertThat(
            TemplateSyntax.render(
                "{{portal}}: {{ code }} ({{code}}), {a}", Map.of("portal", "Beta", "code", "42")))
        .isEqualTo("Beta: 42 (42), {a}");
  }
}
