package io.sigillo.signature.infrastructure.messaging;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.AfterCommitNotices;
import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.MailSender;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.SignatureError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mail and SMS of contact changes. The code for a new address must arrive, so a refusal is the
 * catalogued {@link SignatureError#EMAIL_NOT_SENT}; the notice to the old contact goes out only
 * after the change has committed ({@link AfterCommitNotices}) and must not undo it, so a failure
 * there is only logged (never with the contact in clear).
 */
@ApplicationScoped
public class HolderNotices {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String BUNDLE = "io.sigillo.signature.infrastructure.messaging.HolderTexts";
  private static final Logger LOG = Logger.getLogger(HolderNotices.class.getName());

  @Inject private MailSender mail;
  @Inject private AfterCommitNotices notices;

  public void emailCode(
      TenantId tenant, String portal, String to, String code, long minutes, Locale locale) {
    ResourceBundle texts = texts(locale);
    try {
      mail.send(
          new MailMessage(
              tenant,
              portal,
              to,
              format(texts, "emailCode.subject", locale, portal),
              format(texts, "emailCode.body", locale, portal, code, minutes)));
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "e-mail code not sent for tenant " + tenant.value(), e);
      throw new SigilloException(SignatureError.EMAIL_NOT_SENT);
    }
  }

  /** Tells the old contact that the holder's contact of this kind changed. */
  public void changed(
      TenantId tenant, String portal, ContactKind kind, String oldContact, Locale locale) {
    ResourceBundle texts = texts(locale);
    String what = texts.getString(kind == ContactKind.MOBILE ? "kind.mobile" : "kind.email");
    try {
      if (kind == ContactKind.MOBILE) {
        notices.sms(
            new SmsMessage(
                tenant, portal, oldContact, format(texts, "changed.sms", locale, portal, what)));
      } else {
        notices.mail(
            new MailMessage(
                tenant,
                portal,
                oldContact,
                format(texts, "changed.subject", locale, portal, what),
                format(texts, "changed.body", locale, portal, what)));
      }
    } catch (IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "notice of a " + kind + " change not delivered for tenant " + tenant.value(),
          e);
    }
  }

  /**
   * Reminds a holder that the certificate expires on {@code expiry} (a date in Italy), with the
   * link to renewal: an e-mail in Italian and English and an SMS in Italian, both after commit.
   * Returns how many of the two were handed over (an unusable contact is skipped and logged).
   */
  public int expiryReminder(
      TenantId tenant,
      String portal,
      String renewalUrl,
      String mobile,
      String email,
      Instant expiry,
      long daysLeft) {
    String date = DAY.format(expiry.atZone(ITALY));
    ResourceBundle italian = texts(Locale.ITALIAN);
    ResourceBundle english = texts(Locale.ENGLISH);
    Object[] arguments = {portal, date, daysLeft, renewalUrl};
    int handedOver = 0;
    try {
      notices.mail(
          new MailMessage(
              tenant,
              portal,
              email,
              format(italian, "reminder.subject", Locale.ITALIAN, arguments),
              format(italian, "reminder.body", Locale.ITALIAN, arguments)
                  + "\n\n----\n\n"
                  + format(english, "reminder.body", Locale.ENGLISH, arguments)));
      handedOver++;
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "expiry reminder e-mail not sent for tenant " + tenant.value());
    }
    try {
      notices.sms(
          new SmsMessage(
              tenant, portal, mobile, format(italian, "reminder.sms", Locale.ITALIAN, arguments)));
      handedOver++;
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "expiry reminder SMS not sent for tenant " + tenant.value());
    }
    return handedOver;
  }

  private static ResourceBundle texts(Locale locale) {
    Locale language =
        locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? Locale.ENGLISH
            : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        HolderNotices.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle texts, String key, Locale locale, Object... args) {
    return new MessageFormat(texts.getString(key), locale == null ? Locale.ITALIAN : locale)
        .format(args);
  }
}
