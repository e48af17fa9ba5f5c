package io.sigillo.reseller.notification.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.template.Channel;
import io.sigillo.core.messaging.template.CustomText;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.NotificationTemplates;
import io.sigillo.core.messaging.template.RenderedNotification;
import io.sigillo.core.messaging.template.Senders;
import io.sigillo.core.messaging.template.TemplateProblem;
import io.sigillo.core.messaging.template.TemplateText;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.reseller.api.ResellerError;
import io.sigillo.reseller.notification.api.NotificationPreview;
import io.sigillo.reseller.notification.api.NotificationTexts;
import io.sigillo.reseller.notification.api.NotificationView;
import io.sigillo.reseller.notification.api.NotificationView.LanguageText;
import io.sigillo.reseller.notification.api.NotificationView.VariableView;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tenant's notification texts for its operators at level 2 (a password-only staff session and
 * any other role are refused here, not only by the page). The texts are checked by platform-core
 * before they are stored; the audit trail keeps the notification and the language, never the text
 * (an operator could paste anything into it).
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
@RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
public class NotificationTextsBean implements NotificationTexts {

  private static final List<String> LANGUAGES = List.of("it", "en");

  @Inject private NotificationTemplates templates;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Override
  public List<NotificationView> catalogue(TenantId tenant, Actor actor) {
    actor.requireActingOperator();
    List<CustomText> own = templates.customTexts(tenant);
    return Arrays.stream(NotificationKind.values()).map(kind -> view(tenant, kind, own)).toList();
  }

  @Override
  public NotificationView find(TenantId tenant, NotificationKind kind, Actor actor) {
    actor.requireActingOperator();
    return view(tenant, kind);
  }

  @Override
  public NotificationView save(
      TenantId tenant, NotificationKind kind, String lang, TemplateText text, Actor actor) {
    actor.requireActingOperator();
    Locale language = language(lang);
    TemplateText checked = checked(kind, lang, text);
    templates.save(tenant, kind, language, checked, actor.name(), clock.instant());
    audited(tenant, actor, "notification.saved", kind + " " + lang);
    return view(tenant, kind);
  }

  @Override
  public boolean reset(TenantId tenant, NotificationKind kind, String lang, Actor actor) {
    actor.requireActingOperator();
    boolean had = templates.reset(tenant, kind, language(lang));
    if (had) {
      audited(tenant, actor, "notification.reset", kind + " " + lang);
    }
    return had;
  }

  @Override
  public NotificationPreview preview(
      TenantId tenant, NotificationKind kind, String lang, TemplateText text, Actor actor) {
    actor.requireActingOperator();
    Locale language = language(lang);
    RenderedNotification rendered =
        templates.preview(tenant, kind, language, checked(kind, lang, text));
    if (kind.channel() == Channel.SMS) {
      return new NotificationPreview(
          null,
          rendered.text(),
          null,
          SmsLength.length(rendered.text()),
          SmsLength.segments(rendered.text()));
    }
    return new NotificationPreview(rendered.subject(), rendered.text(), rendered.html(), 0, 0);
  }

  @Override
  public Senders senders(TenantId tenant, Actor actor) {
    actor.requireActingOperator();
    return templates.senders(tenant);
  }

  @Override
  public Senders saveSenders(TenantId tenant, String mailFromName, String smsSender, Actor actor) {
    actor.requireActingOperator();
    String name = blankToNull(mailFromName);
    String sms = blankToNull(smsSender);
    // core's rules, checked here first to answer with the catalogued error
    if (name != null && !Senders.validMailFromName(name)) {
      throw new SigilloException(ResellerError.MAIL_SENDER_INVALID, Senders.MAIL_FROM_MAX);
    }
    if (sms != null && !Senders.validSmsSender(sms)) {
      throw new SigilloException(ResellerError.SMS_SENDER_INVALID);
    }
    Senders saved = templates.saveSenders(tenant, name, sms, actor.name(), clock.instant());
    audited(tenant, actor, "notification.senders.saved", "");
    return saved;
  }

  private static Locale language(String lang) {
    if (lang == null || !LANGUAGES.contains(lang)) {
      throw new SigilloException(ResellerError.NOTIFICATION_LANGUAGE_UNKNOWN);
    }
    return Locale.forLanguageTag(lang);
  }

  /** The text with SMS subjects dropped, refused with the first of its problems. */
  private TemplateText checked(NotificationKind kind, String lang, TemplateText text) {
    TemplateText typed =
        new TemplateText(
            kind.channel() == Channel.SMS || text == null ? null : orEmpty(text.subject()).strip(),
            text == null ? "" : orEmpty(text.body()).strip());
    if (controlCharacter(typed.subject()) || controlCharacter(typed.body())) {
      // a NUL or an escape sequence would reach a phone or a mail client as it is (PostgreSQL
      // refuses NUL in text outright)
      throw new SigilloException(ResellerError.TEMPLATE_INVALID_CHARACTER, lang);
    }
    List<TemplateProblem> problems = templates.check(kind, typed);
    if (!problems.isEmpty()) {
      throw refusal(problems.get(0), lang);
    }
    return typed;
  }

  /** A control character other than a line break or a tab. */
  private static boolean controlCharacter(String text) {
    return text != null
        && text.chars()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }

  private static SigilloException refusal(TemplateProblem problem, String lang) {
    String variable = problem.variable() == null ? "" : problem.variable();
    return switch (problem.kind()) {
      case UNKNOWN_VARIABLE ->
          new SigilloException(ResellerError.TEMPLATE_UNKNOWN_VARIABLE, variable, lang);
      case MISSING_VARIABLE ->
          new SigilloException(ResellerError.TEMPLATE_MISSING_VARIABLE, variable, lang);
      case SECRET_IN_SUBJECT ->
          new SigilloException(ResellerError.TEMPLATE_SECRET_IN_SUBJECT, variable, lang);
      case EMPTY -> new SigilloException(ResellerError.TEMPLATE_EMPTY, lang);
      case TOO_LONG ->
          new SigilloException(
              ResellerError.TEMPLATE_TOO_LONG, problem.limit(), problem.actual(), lang);
      case MALFORMED -> new SigilloException(ResellerError.TEMPLATE_MALFORMED, lang);
    };
  }

  private NotificationView view(TenantId tenant, NotificationKind kind) {
    return view(tenant, kind, templates.customTexts(tenant));
  }

  /** The notification's texts; {@code own} says which are the tenant's (one query for a list). */
  private NotificationView view(TenantId tenant, NotificationKind kind, List<CustomText> own) {
    List<VariableView> variables =
        kind.variables().stream()
            .map(v -> new VariableView(v.name(), v.secret(), v.required()))
            .toList();
    List<LanguageText> texts =
        LANGUAGES.stream()
            .map(
                lang -> {
                  Locale language = Locale.forLanguageTag(lang);
                  Optional<CustomText> changed =
                      own.stream()
                          .filter(c -> c.kind() == kind)
                          .filter(c -> c.language().getLanguage().equals(lang))
                          .findFirst();
                  TemplateText text =
                      changed
                          .flatMap(c -> templates.custom(tenant, kind, language))
                          .orElseGet(() -> templates.defaults(kind, language));
                  return new LanguageText(
                      lang,
                      text.subject(),
                      text.body(),
                      changed.isPresent(),
                      changed.map(CustomText::updatedBy).orElse(null));
                })
            .toList();
    return new NotificationView(kind, kind.channel(), group(kind), variables, texts);
  }

  private static String group(NotificationKind kind) {
    String name = kind.name();
    if (name.startsWith("SMS_CODE_")) {
      return "otp";
    }
    if (name.startsWith("STAFF_")) {
      return "staff";
    }
    return name.startsWith("IDENTITY_") ? "identity" : "signature";
  }

  private void audited(TenantId tenant, Actor actor, String action, String detail) {
    // the notification and the language only: the text may hold anything an operator pasted
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.tenant(tenant),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
