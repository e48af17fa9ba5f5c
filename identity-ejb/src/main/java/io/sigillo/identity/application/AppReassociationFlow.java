package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.NewApp;
import io.sigillo.identity.api.ReconfigureStep;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.mail.IdentityMails.Notice;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.NewTotpDevice;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.TotpEnrolment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The re-association of the OTP app: an SMS code to the registered mobile, then the registry
 * replaces the app (the old one revoked, a new one pending), then the new app's first code
 * completes it, brings level 2 back and is notified by e-mail. When the old app also authorised
 * remote signatures it is revoked too, and the new app takes that purpose over once the holder
 * confirms it in the signature area (signature-ejb's {@code SignatureDevice#confirmNewApp}).
 */
@Dependent
public class AppReassociationFlow {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @EJB private OtpRegistry registry;
  @Inject private CredentialSms sms;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;
  @Inject private Clock clock;

  CodeSent start(Requester requester) {
    Identity identity = Identities.usable(em, requester.username());
    CodeSent sent = sms.send(requester, identity, identity.mobile(), purpose(requester, identity));
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.otp-app.reconfigure-requested",
        identity.id(),
        "SMS to " + sent.maskedDestination());
    return sent;
  }

  ReconfigureStep verify(Requester requester, String challengeId, String code) {
    Identity identity = Identities.usable(em, requester.username());
    CodeOutcome checked =
        sms.verify(requester, identity, challengeId, purpose(requester, identity), code);
    if (!checked.verified()) {
      return new ReconfigureStep(checked, Optional.empty());
    }
    // password plus an SMS code to the registered mobile: a level-2 proof for this change, whatever
    // the session had (a recovery session comes here without any other)
    TotpEnrolment enrolment =
        registry.replaceApp(
            requester.tenant(),
            new NewTotpDevice(identity.username(), requester.senderName()),
            "re-association of the OTP app",
            requester.actor().atLevelTwo());
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.otp-app.association-started",
        identity.id(),
        "old app revoked, new app " + enrolment.device().id() + " pending");
    return new ReconfigureStep(
        checked,
        Optional.of(
            new NewApp(
                enrolment.device().id(),
                enrolment.keyUri(),
                enrolment.qrPng(),
                enrolment.manualKey())));
  }

  /**
   * A reconfiguration when the person has an app (it stops working), else a first association: the
   * SMS says which, read as the page reads it (the credential overview's current app). Both steps
   * read it the same way, and nothing between them changes it (the old app is revoked only after
   * the code is verified).
   */
  private SmsPurpose purpose(Requester requester, Identity identity) {
    return registry.currentApp(requester.tenant(), identity.username()).isPresent()
        ? SmsPurpose.RECONFIGURE
        : SmsPurpose.ASSOCIATE;
  }

  SecondFactorOutcome confirm(Requester requester, long deviceId, String code) {
    Identity identity = Identities.usable(em, requester.username());
    boolean pending =
        registry.devicesOf(requester.tenant(), identity.username()).stream()
            .anyMatch(d -> d.app() && d.id() == deviceId && d.status() == DeviceStatus.PENDING);
    if (!pending) {
      throw new SigilloException(IdentityError.NO_PENDING_APP);
    }
    // the app it replaces may also be the remote-signature device: that purpose moves to the new
    // app once the holder confirms it for signing, and the notice says both products were touched
    boolean signing =
        registry.activeApps(requester.tenant(), identity.username()).stream()
            .anyMatch(
                d -> d.id() != deviceId && registry.servesSigning(requester.tenant(), d.id()));
    // a pending app exists only after the re-association's SMS code was verified (or was enrolled
    // at level 2): its first code completes that proven change
    SecondFactorOutcome outcome =
        LevelTwoFlow.outcome(
            registry.confirm(requester.tenant(), deviceId, code, requester.actor().atLevelTwo()));
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.otp-app.first-code",
        identity.id(),
        "app " + deviceId + ": " + outcome.check());
    if (outcome.accepted()) {
      identity.activateSecondFactor();
      mails.notice(
          requester.tenant(),
          identity,
          requester.locale(),
          requester.senderName(),
          signing ? Notice.APP_CHANGED_WITH_SIGNATURE : Notice.APP_CHANGED,
          Identities.when(clock.instant()));
    }
    return outcome;
  }
}
