package io.sigillo.signature.infrastructure.messaging;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.messaging.AfterCommitNotices;
import io.sigillo.core.messaging.MailSender;
import io.sigillo.core.messaging.MessagingException;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.core.messaging.template.NotificationTemplates;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.SignatureError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mail and SMS of contact changes and expiry reminders, with the tenant's texts ({@link
 * NotificationTemplates}, kinds {@code SIGNATURE_*}). The code for a new address must arrive, so a
 * refusal is the catalogued {@link SignatureError#EMAIL_NOT_SENT}; the notice to the old contact
 * goes out only after the change has committed ({@link AfterCommitNotices}) and must not undo it,
 * so a failure there is only logged (never with the contact in clear).
 */
@ApplicationScoped
public class HolderNotices {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** How the changed contact is named inside the notice ({@code {{contact}}}). */
  static final String BUNDLE = "io.sigillo.signature.infrastructure.messaging.HolderTexts";

  private static final Logger LOG = Logger.getLogger(HolderNotices.class.getName());

  @Inject private MailSender mail;
  @Inject private AfterCommitNotices notices;
  @Inject private NotificationTemplates templates;

  public void emailCode(
      TenantId tenant, String portal, String to, String code, long minutes, Locale locale) {
    Map<String, String> values = values(portal);
    values.put("code", code);
    values.put("minutes", number(minutes, locale));
    try {
      mail.send(templates.mail(tenant, NotificationKind.SIGNATURE_EMAIL_CODE, locale, to, values));
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "e-mail code not sent for tenant " + tenant.value(), e);
      throw new SigilloException(SignatureError.EMAIL_NOT_SENT);
    }
  }

  /** Tells the old contact that the holder's contact of this kind changed. */
  public void changed(
      TenantId tenant, String portal, ContactKind kind, String oldContact, Locale locale) {
    Map<String, String> values = values(portal);
    values.put(
        "contact",
        texts(locale).getString(kind == ContactKind.MOBILE ? "kind.mobile" : "kind.email"));
    try {
      if (kind == ContactKind.MOBILE) {
        notices.sms(
            templates.sms(
                tenant,
                NotificationKind.SIGNATURE_CONTACT_CHANGED_SMS,
                locale,
                oldContact,
                values));
      } else {
        notices.mail(
            templates.mail(
                tenant,
                NotificationKind.SIGNATURE_CONTACT_CHANGED_MAIL,
                locale,
                oldContact,
                values));
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
   * link to renewal, both after commit: in {@code language}, the holder's last portal language,
   * when known; otherwise an e-mail in Italian and English and an SMS in Italian. Returns how many
   * of the two were handed over (an unusable contact is skipped and logged).
   */
  public int expiryReminder(
      TenantId tenant,
      String portal,
      String renewalUrl,
      String mobile,
      String email,
      Instant expiry,
      long daysLeft,
      Optional<Locale> language) {
    Locale sms = language.orElse(Locale.ITALIAN);
    List<Locale> mailLanguages =
        language.map(List::of).orElse(List.of(Locale.ITALIAN, Locale.ENGLISH));
    Map<String, String> values = values(portal);
    values.put("date", DAY.format(expiry.atZone(ITALY)));
    values.put("days", number(daysLeft, sms));
    values.put("renewalLink", renewalUrl);
    int handedOver = 0;
    try {
      notices.mail(
          templates.mail(
              tenant,
              NotificationKind.SIGNATURE_EXPIRY_REMINDER_MAIL,
              mailLanguages,
              email,
              values));
      handedOver++;
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "expiry reminder e-mail not sent for tenant " + tenant.value());
    }
    try {
      notices.sms(
          templates.sms(
              tenant, NotificationKind.SIGNATURE_EXPIRY_REMINDER_SMS, sms, mobile, values));
      handedOver++;
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "expiry reminder SMS not sent for tenant " + tenant.value());
    }
    return handedOver;
  }

  /** The values every message names; a missing portal comes from the tenant. */
  private static Map<String, String> values(String portal) {
    Map<String, String> values = new HashMap<>();
    if (portal != null) {
      values.put("portal", portal);
    }
    return values;
  }

  /** A number as MessageFormat wrote it before the texts moved to the catalogue. */
  private static String number(long value, Locale locale) {
    return NumberFormat.getInstance(locale == null ? Locale.ITALIAN : locale).format(value);
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
}
