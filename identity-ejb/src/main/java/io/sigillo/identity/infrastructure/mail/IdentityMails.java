package io.sigillo.identity.infrastructure.mail;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.AfterCommitNotices;
import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.MailSender;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.NotificationTemplates;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.domain.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sends the identity e-mails in the holder's language, with the tenant's texts ({@link
 * NotificationTemplates}, kinds {@code IDENTITY_*}). A code that cannot be sent is a catalogued
 * error; a notice goes out only after the change it reports has committed ({@link
 * AfterCommitNotices}), and one that cannot be sent is logged and does not undo the change.
 */
@ApplicationScoped
public class IdentityMails {

  private static final Logger LOG = Logger.getLogger(IdentityMails.class.getName());

  @Inject private MailSender sender;
  @Inject private AfterCommitNotices notices;
  @Inject private NotificationTemplates templates;

  /** The kinds of notice, each the notification kind {@code IDENTITY_<name>}. */
  public enum Notice {
    APP_CHANGED,
    /** The replaced app also authorised remote signatures: the notice names both products. */
    APP_CHANGED_WITH_SIGNATURE,
    RECOVERY_USED,
    MOBILE_CHANGED,
    L2_USED,
    SUSPENDED,
    REACTIVATED,
    REVOKED
  }

  /** An e-mail code; {@code purpose} names the kind ({@code IDENTITY_CODE_<purpose>}). */
  public void code(
      TenantId tenant,
      String to,
      Locale locale,
      String tenantName,
      String givenName,
      String purpose,
      String code,
      long minutes) {
    try {
      sender.send(
          message(
              tenant,
              to,
              locale,
              tenantName,
              NotificationKind.valueOf("IDENTITY_CODE_" + purpose),
              givenName,
              code,
              minutes));
    } catch (MessagingException e) {
      LOG.warning(() -> "e-mail code for tenant " + tenant + " not sent: " + e.getMessage());
      throw new SigilloException(IdentityError.EMAIL_NOT_SENT);
    }
  }

  /**
   * The activation link of an enrolled customer, sent after the enrolment commits; {@code link} is
   * the {@code link}, the validity in hours {@code hours}.
   */
  public void activation(
      TenantId tenant,
      String to,
      Locale locale,
      String tenantName,
      String givenName,
      String link,
      long hours) {
    try {
      notices.mail(
          message(
              tenant,
              to,
              locale,
              tenantName,
              NotificationKind.IDENTITY_ACTIVATION,
              givenName,
              link,
              hours));
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "activation e-mail for tenant " + tenant + " not sent: " + e.getMessage());
    }
  }

  /** A notice of a change; {@code detail} is a time or a masked number. */
  public void notice(
      TenantId tenant,
      Identity identity,
      Locale locale,
      String tenantName,
      Notice notice,
      String detail) {
    String to = identity.email();
    if (to == null) {
      return;
    }
    try {
      notices.mail(
          message(
              tenant,
              to,
              locale,
              tenantName,
              NotificationKind.valueOf("IDENTITY_" + notice.name()),
              identity.givenName(),
              detail,
              0));
    } catch (IllegalArgumentException e) {
      LOG.warning(
          () -> "notice " + notice + " for tenant " + tenant + " not sent: " + e.getMessage());
    }
  }

  private MailMessage message(
      TenantId tenant,
      String to,
      Locale locale,
      String tenantName,
      NotificationKind kind,
      String givenName,
      String detail,
      long number) {
    Locale language = language(locale);
    Map<String, String> values = new HashMap<>();
    // a missing value is left out: the portal then comes from the tenant, anything else is empty
    putIfPresent(values, "portal", tenantName);
    putIfPresent(values, "name", givenName);
    String third =
        kind == NotificationKind.IDENTITY_ACTIVATION
            ? "link"
            : kind.name().startsWith("IDENTITY_CODE_") ? "code" : "detail";
    putIfPresent(values, third, detail);
    // as MessageFormat wrote the number before the texts moved to the catalogue
    String formatted = NumberFormat.getInstance(language).format(number);
    values.put(kind == NotificationKind.IDENTITY_ACTIVATION ? "hours" : "minutes", formatted);
    return templates.mail(tenant, kind, language, to, values);
  }

  private static void putIfPresent(Map<String, String> values, String name, String value) {
    if (value != null) {
      values.put(name, value);
    }
  }

  private static Locale language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
  }
}
