package io.sigillo.identity.application;

import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.domain.EmailCodePurpose;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.mail.IdentityMails.Notice;
import io.sigillo.otp.api.SmsPurpose;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The recovery when the phone is lost: a code to the registered mobile or e-mail address; verified,
 * level 2 is suspended (the person can no longer produce codes) until a new app is associated, and
 * the event is audited and notified by e-mail.
 */
@Dependent
public class RecoveryFlow {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @EJB private EmailCodes emailCodes;
  @Inject private CredentialSms sms;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;
  @Inject private Clock clock;

  CodeSent start(Requester requester, CodeChannel channel) {
    Identity identity = Identities.usable(em, requester.username());
    CodeSent sent =
        channel == CodeChannel.EMAIL
            ? emailCodes.send(
                requester.tenant(),
                identity,
                EmailCodePurpose.RECOVERY,
                null,
                requester.locale(),
                requester.senderName())
            : sms.send(requester, identity, identity.mobile(), SmsPurpose.RECOVERY);
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.recovery.requested",
        identity.id(),
        channel + " to " + sent.maskedDestination());
    return sent;
  }

  CodeOutcome verify(Requester requester, String challengeId, CodeChannel channel, String code) {
    Identity identity = Identities.usable(em, requester.username());
    CodeOutcome checked =
        channel == CodeChannel.EMAIL
            ? emailCodes
                .check(requester.tenant(), identity, challengeId, EmailCodePurpose.RECOVERY, code)
                .outcome()
            : sms.verify(requester, identity, challengeId, SmsPurpose.RECOVERY, code);
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.recovery.code",
        identity.id(),
        channel + ": " + checked.check());
    if (checked.verified()) {
      identity.suspendSecondFactor();
      audit.record(
          requester.tenant(),
          requester.actor(),
          "identity.level2.suspended",
          identity.id(),
          "recovery: password-only session limited to credential management");
      mails.notice(
          requester.tenant(),
          identity,
          requester.locale(),
          requester.senderName(),
          Notice.RECOVERY_USED,
          Identities.when(clock.instant()));
    }
    return checked;
  }
}
