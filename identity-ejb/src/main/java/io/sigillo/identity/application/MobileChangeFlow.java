package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.text.Masking;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.MobileChangeStep;
import io.sigillo.identity.domain.EmailCode;
import io.sigillo.identity.domain.EmailCodePurpose;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.domain.InvalidIdentityData;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.mail.IdentityMails.Notice;
import io.sigillo.otp.api.SmsPurpose;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The change of the registered mobile, after the caller checked the password again: a code to the
 * registered e-mail address, then an SMS code to the new number; verified, the number becomes the
 * registered one and the change is notified by e-mail.
 */
@Dependent
public class MobileChangeFlow {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @EJB private EmailCodes emailCodes;
  @Inject private CredentialSms sms;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;

  CodeSent start(Requester requester, String newMobile) {
    Identity identity = Identities.usable(em, requester.username());
    String mobile;
    try {
      mobile = Identity.checkedMobile(newMobile);
    } catch (InvalidIdentityData e) {
      throw e.refusal();
    }
    if (mobile.equals(identity.mobile())) {
      throw new SigilloException(IdentityError.MOBILE_UNCHANGED);
    }
    CodeSent sent =
        emailCodes.send(
            requester.tenant(),
            identity,
            EmailCodePurpose.MOBILE_CHANGE,
            mobile,
            requester.locale(),
            requester.senderName());
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.mobile.change-requested",
        identity.id(),
        "to " + Masking.mask(mobile) + ", e-mail code to " + sent.maskedDestination());
    return sent;
  }

  MobileChangeStep verifyEmail(Requester requester, String challengeId, String code) {
    Identity identity = Identities.usable(em, requester.username());
    EmailCodes.Checked checked =
        emailCodes.check(
            requester.tenant(), identity, challengeId, EmailCodePurpose.MOBILE_CHANGE, code);
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.mobile.email-code",
        identity.id(),
        checked.outcome().check().name());
    if (!checked.outcome().verified()) {
      return new MobileChangeStep(checked.outcome(), Optional.empty());
    }
    String mobile = checked.code().newValue().orElseThrow();
    CodeSent sent = sms.send(requester, identity, mobile, SmsPurpose.CONTACT_CHANGE);
    checked.code().awaitSms(sent.challengeId());
    return new MobileChangeStep(checked.outcome(), Optional.of(sent));
  }

  CodeOutcome verifySms(Requester requester, String smsChallengeId, String code) {
    Identity identity = Identities.usable(em, requester.username());
    EmailCode change =
        em.createNamedQuery("EmailCode.bySmsChallenge", EmailCode.class)
            .setParameter("challenge", smsChallengeId == null ? "" : smsChallengeId.strip())
            .getResultStream()
            .filter(c -> c.identityId() == identity.id())
            .findFirst()
            .orElseThrow(() -> new SigilloException(IdentityError.MOBILE_CHANGE_NOT_FOUND));
    CodeOutcome checked =
        sms.verify(requester, identity, smsChallengeId, SmsPurpose.CONTACT_CHANGE, code);
    if (checked.verified()) {
      String mobile = change.newValue().orElseThrow();
      identity.changeMobile(mobile);
      audit.record(
          requester.tenant(),
          requester.actor(),
          "identity.mobile.changed",
          identity.id(),
          "now " + Masking.mask(mobile));
      mails.notice(
          requester.tenant(),
          identity,
          requester.locale(),
          requester.senderName(),
          Notice.MOBILE_CHANGED,
          Masking.mask(mobile));
    }
    return checked;
  }
}
