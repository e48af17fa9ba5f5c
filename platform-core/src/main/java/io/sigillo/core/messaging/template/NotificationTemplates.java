package io.sigillo.core.messaging.template;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's notification texts and the messages made from them. Every module that writes to a
 * person asks here for the message ({@link #mail}, {@link #sms}); the reseller's operators change
 * the texts through the reseller module, which checks who they are and audits the change (this
 * class checks only the texts).
 *
 * <p>Languages are Italian ({@link Locale#ITALIAN}, the default) and English; any other locale is
 * Italian.
 */
@ApplicationScoped
public class NotificationTemplates {

  /** The catalogue's text. */
  public TemplateText defaults(NotificationKind kind, Locale language) {
    throw new UnsupportedOperationException("to be built");
  }

  /** The tenant's own text, if its operators changed it. */
  public Optional<TemplateText> custom(TenantId tenant, NotificationKind kind, Locale language) {
    throw new UnsupportedOperationException("to be built");
  }

  /** The tenant's own text, else the catalogue's. */
  public TemplateText effective(TenantId tenant, NotificationKind kind, Locale language) {
    return custom(tenant, kind, language).orElseGet(() -> defaults(kind, language));
  }

  /** What is wrong with a text for this notification; empty when it can be saved. */
  public List<TemplateProblem> check(NotificationKind kind, TemplateText text) {
    throw new UnsupportedOperationException("to be built");
  }

  /**
   * Stores the tenant's text (the caller checked it and who asks). {@code by} is the operator's
   * name, kept with the row.
   */
  public void save(
      TenantId tenant,
      NotificationKind kind,
      Locale language,
      TemplateText text,
      String by,
      Instant now) {
    throw new UnsupportedOperationException("to be built");
  }

  /** Back to the catalogue's text; whether the tenant had its own. */
  public boolean reset(TenantId tenant, NotificationKind kind, Locale language) {
    throw new UnsupportedOperationException("to be built");
  }

  /**
   * The notification as the person would see it with this (unsaved) text, the tenant's branding and
   * sample values: secrets are samples too ("123456", a link to example.invalid), so a preview
   * never holds a real code.
   */
  public RenderedNotification preview(
      TenantId tenant, NotificationKind kind, Locale language, TemplateText text) {
    throw new UnsupportedOperationException("to be built");
  }

  /** Who the tenant's messages come from. */
  public Senders senders(TenantId tenant) {
    throw new UnsupportedOperationException("to be built");
  }

  /** Sets the tenant's senders (null or blank: back to its display name). */
  public Senders saveSenders(
      TenantId tenant, String mailFromName, String smsSender, String by, Instant now) {
    throw new UnsupportedOperationException("to be built");
  }

  /**
   * A real e-mail: the tenant's text with {@code values} (every variable of the kind; {@code
   * portal} is filled from the tenant when absent), plain text + HTML with the tenant's logo and
   * colours, from the tenant's sender name.
   */
  public MailMessage mail(
      TenantId tenant,
      NotificationKind kind,
      Locale language,
      String to,
      Map<String, String> values) {
    throw new UnsupportedOperationException("to be built");
  }

  /** A real SMS from the tenant's SMS sender. */
  public SmsMessage sms(
      TenantId tenant,
      NotificationKind kind,
      Locale language,
      String to,
      Map<String, String> values) {
    throw new UnsupportedOperationException("to be built");
  }
}
