package io.sigillo.identity.infrastructure.mail;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.AfterCommitNotices;
import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.MailSender;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.domain.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Writes and sends the identity e-mails in the holder's language (texts in {@code
 * IdentityMails_*.properties}, MessageFormat). A code that cannot be sent is a catalogued error; a
 * notice goes out only after the change it reports has committed ({@link AfterCommitNotices}), and
 * one that cannot be sent is logged and does not undo the change.
 */
@ApplicationScoped
public class IdentityMails {

  private static final Logger LOG = Logger.getLogger(IdentityMails.class.getName());
  private static final String BUNDLE = "io.sigillo.identity.infrastructure.mail.IdentityMails";

  @Inject private MailSender sender;
  @Inject private AfterCommitNotices notices;

  /** The kinds of notice, each with a subject and a body in the bundle. */
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

  /** An e-mail code; {@code purpose} names the bundle keys ({@code code.<purpose>.*}). */
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
          message(tenant, to, locale, tenantName, "code." + purpose, givenName, code, minutes));
    } catch (MessagingException e) {
      LOG.warning(() -> "e-mail code for tenant " + tenant + " not sent: " + e.getMessage());
      throw new SigilloException(IdentityError.EMAIL_NOT_SENT);
    }
  }

  /**
   * The activation link of an enrolled customer, sent after the enrolment commits; {@code link}
   * fills {2}, the validity in hours {3}.
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
      notices.mail(message(tenant, to, locale, tenantName, "activation", givenName, link, hours));
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "activation e-mail for tenant " + tenant + " not sent: " + e.getMessage());
    }
  }

  /** A notice of a change; {@code detail} fills {2} (a time, a masked number). */
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
              "notice." + notice.name(),
              identity.givenName(),
              detail,
              0));
    } catch (IllegalArgumentException e) {
      LOG.warning(
          () -> "notice " + notice + " for tenant " + tenant + " not sent: " + e.getMessage());
    }
  }

  private static MailMessage message(
      TenantId tenant,
      String to,
      Locale locale,
      String tenantName,
      String key,
      String givenName,
      String detail,
      long minutes) {
    // no fallback to the JVM's default locale: the base bundle is the Italian one
    ResourceBundle texts =
        ResourceBundle.getBundle(
            BUNDLE,
            language(locale),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] arguments = {tenantName, givenName, detail, minutes};
    return new MailMessage(
        tenant,
        tenantName,
        to,
        new MessageFormat(texts.getString(key + ".subject"), language(locale)).format(arguments),
        new MessageFormat(texts.getString(key + ".body"), language(locale)).format(arguments));
  }

  private static Locale language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
  }
}
