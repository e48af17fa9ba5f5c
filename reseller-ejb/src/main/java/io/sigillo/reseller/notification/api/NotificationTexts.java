package io.sigillo.reseller.notification.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.Senders;
import io.sigillo.core.messaging.template.TemplateText;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The tenant's e-mail and SMS texts, for its operators at level 2: the catalogue with the effective
 * texts, saving a checked text, going back to the default, previewing an unsaved text with sample
 * values, and the senders. Changes are audited with the notification and the language only, never
 * the text. Languages are {@code it} and {@code en}.
 */
@Local
public interface NotificationTexts {

  /** Every notification, in the catalogue's order, with its texts in both languages. */
  List<NotificationView> catalogue(TenantId tenant, Actor actor);

  /** One notification with its texts in both languages. */
  NotificationView find(TenantId tenant, NotificationKind kind, Actor actor);

  /** Checks and stores the tenant's text; refused with the first problem found (RES-080..085). */
  NotificationView save(
      TenantId tenant, NotificationKind kind, String lang, TemplateText text, Actor actor);

  /** Back to the catalogue's text; whether the tenant had its own. */
  boolean reset(TenantId tenant, NotificationKind kind, String lang, Actor actor);

  /** The notification as a person would receive it with this unsaved text and sample values. */
  NotificationPreview preview(
      TenantId tenant, NotificationKind kind, String lang, TemplateText text, Actor actor);

  Senders senders(TenantId tenant, Actor actor);

  /**
   * Sets the senders (blank: back to the tenant's display name); a display name with control
   * characters or over 100 characters (RES-086), an SMS sender not of 1..11 letters, digits and
   * spaces (RES-087) are refused.
   */
  Senders saveSenders(TenantId tenant, String mailFromName, String smsSender, Actor actor);
}
