package io.sigillo.identity.application;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.text.Masking;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.domain.Identity;
import io.sigillo.otp.api.OtpError;

/**
 * When a pending enrolment's contact code may be sent again, and how a refusal reads to the
 * operator: apart from the bean so the rules read, and are tested, as a table.
 */
final class ContactResends {

  private ContactResends() {}

  /**
   * The contact a new code goes to: refused for an identity whose enrolment is not pending and for
   * a contact already proven.
   */
  static String destination(Identity identity, CodeChannel channel) {
    if (channel == null) {
      throw new SigilloException(PlatformError.VALIDATION, "channel", "SMS, EMAIL");
    }
    if (identity.status() != IdentityStatus.PENDING) {
      throw new SigilloException(IdentityError.ENROLMENT_NOT_PENDING, identity.username());
    }
    boolean sms = channel == CodeChannel.SMS;
    String contact = sms ? identity.mobile() : identity.email();
    if (sms ? identity.mobileVerified() : identity.emailVerified()) {
      throw new SigilloException(IdentityError.CONTACT_ALREADY_PROVEN, Masking.mask(contact));
    }
    return contact;
  }

  /**
   * The channel's own "too soon" (the tenant's SMS code rules, the e-mail codes' minute) said to
   * the operator, naming the contact; any other refusal (the SMS codes of the hour used up, the
   * gateway down) as it is.
   */
  static SigilloException refusal(SigilloException refused, String contact) {
    if (refused.code() == OtpError.SMS_RESEND_TOO_SOON
        || refused.code() == IdentityError.EMAIL_RESEND_TOO_SOON) {
      String seconds = refused.arguments().isEmpty() ? "60" : refused.arguments().get(0);
      return new SigilloException(
          IdentityError.ENROLMENT_RESEND_TOO_SOON, Masking.mask(contact), seconds);
    }
    return refused;
  }
}
