package io.sigillo.core.messaging.template;

import java.util.List;

/**
 * Every e-mail and SMS the platform sends to a person, with the variables its text may name. The
 * default texts are in {@code Notifications.properties} (Italian) and {@code
 * Notifications_en.properties}, under {@code <kind>.subject} and {@code <kind>.body}.
 */
public enum NotificationKind {
  // SMS codes of the OTP registry, one per SmsPurpose (SMS_CODE_ + the purpose's name)
  SMS_CODE_LOGIN(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_RECONFIGURE(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_ASSOCIATE(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_CONTACT_CHANGE(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_RECOVERY(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_SIGN(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_SIGN_PASSWORD(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_DEVICE_CHANGE(Channel.SMS, Vars.SMS_CODE),
  SMS_CODE_ENROLMENT(Channel.SMS, Vars.SMS_CODE),
  /** The activation link of a staff member's first OTP device. */
  STAFF_DEVICE_ACTIVATION(Channel.MAIL, Vars.STAFF_LINK),
  // the SPID identity's e-mails
  IDENTITY_CODE_RECOVERY(Channel.MAIL, Vars.PERSON_CODE),
  IDENTITY_CODE_MOBILE_CHANGE(Channel.MAIL, Vars.PERSON_CODE),
  IDENTITY_CODE_ENROLMENT(Channel.MAIL, Vars.PERSON_CODE),
  IDENTITY_ACTIVATION(Channel.MAIL, Vars.PERSON_LINK),
  IDENTITY_APP_CHANGED(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_APP_CHANGED_WITH_SIGNATURE(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_RECOVERY_USED(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_MOBILE_CHANGED(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_L2_USED(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_SUSPENDED(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_REACTIVATED(Channel.MAIL, Vars.PERSON_DETAIL),
  IDENTITY_REVOKED(Channel.MAIL, Vars.PERSON_DETAIL),
  // the remote signature's
  SIGNATURE_EMAIL_CODE(Channel.MAIL, Vars.SMS_CODE),
  SIGNATURE_CONTACT_CHANGED_MAIL(Channel.MAIL, Vars.CONTACT),
  SIGNATURE_CONTACT_CHANGED_SMS(Channel.SMS, Vars.CONTACT),
  SIGNATURE_EXPIRY_REMINDER_MAIL(Channel.MAIL, Vars.REMINDER),
  SIGNATURE_EXPIRY_REMINDER_SMS(Channel.SMS, Vars.REMINDER);

  private final Channel channel;
  private final List<TemplateVariable> variables;

  NotificationKind(Channel channel, List<TemplateVariable> variables) {
    this.channel = channel;
    this.variables = variables;
  }

  public Channel channel() {
    return channel;
  }

  /** The variables the text may name; {@code portal} (the tenant's name) is always one. */
  public List<TemplateVariable> variables() {
    return variables;
  }

  /** The SMS code message of an OTP SMS purpose, by the purpose's name. */
  public static NotificationKind smsCode(String purpose) {
    return valueOf("SMS_CODE_" + purpose);
  }

  private static final class Vars {
    private static final TemplateVariable PORTAL = new TemplateVariable("portal", false, false);
    private static final TemplateVariable NAME = new TemplateVariable("name", false, false);
    private static final TemplateVariable CODE = new TemplateVariable("code", true, true);
    private static final TemplateVariable LINK = new TemplateVariable("link", true, true);
    private static final TemplateVariable MINUTES = new TemplateVariable("minutes", false, false);
    private static final TemplateVariable HOURS = new TemplateVariable("hours", false, false);
    private static final TemplateVariable DETAIL = new TemplateVariable("detail", false, false);

    static final List<TemplateVariable> SMS_CODE = List.of(PORTAL, CODE, MINUTES);
    static final List<TemplateVariable> STAFF_LINK = List.of(PORTAL, LINK, MINUTES);
    static final List<TemplateVariable> PERSON_CODE = List.of(PORTAL, NAME, CODE, MINUTES);
    static final List<TemplateVariable> PERSON_LINK = List.of(PORTAL, NAME, LINK, HOURS);
    static final List<TemplateVariable> PERSON_DETAIL = List.of(PORTAL, NAME, DETAIL);
    static final List<TemplateVariable> CONTACT =
        List.of(PORTAL, new TemplateVariable("contact", false, false));
    static final List<TemplateVariable> REMINDER =
        List.of(
            PORTAL,
            new TemplateVariable("date", false, false),
            new TemplateVariable("days", false, false),
            new TemplateVariable("renewalLink", false, true));
  }
}
