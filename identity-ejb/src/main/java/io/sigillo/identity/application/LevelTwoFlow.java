package io.sigillo.identity.application;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.Credential;
import io.sigillo.identity.api.CredentialKind;
import io.sigillo.identity.api.CredentialOverview;
import io.sigillo.identity.api.CredentialState;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.LevelTwoMethods;
import io.sigillo.identity.api.SecondFactorCheck;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.identity.api.SecondFactorStatus;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.mail.IdentityMails.Notice;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The level-2 login: the person's credentials as they stand (for the portal) or the methods a
 * sign-in may offer (for Keycloak's level-2 step), a code of their OTP app or an SMS code to the
 * registered mobile. Refused while the identity is revoked or level 2 is suspended after a
 * recovery; each check is audited, and an accepted one is notified when the person asked for it.
 */
@Dependent
public class LevelTwoFlow {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @EJB private OtpRegistry registry;
  @Inject private CredentialSms sms;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;
  @Inject private Clock clock;

  CredentialOverview overview(TenantId tenant, String username) {
    Identity identity = Identities.get(em, username);
    Credential mobile =
        new Credential(
            CredentialKind.SMS,
            identity.mobile() == null
                ? CredentialState.NOT_CONFIGURED
                : suspendedOr(identity, CredentialState.ACTIVE),
            Masking.mask(identity.mobile()),
            Optional.empty());
    return new CredentialOverview(
        identity.summary(), List.of(appCredential(tenant, identity), mobile));
  }

  private Credential appCredential(TenantId tenant, Identity identity) {
    Optional<DeviceSummary> app = registry.currentApp(tenant, identity.username());
    if (app.isEmpty()) {
      return new Credential(
          CredentialKind.OTP_APP, CredentialState.NOT_CONFIGURED, "", Optional.empty());
    }
    DeviceSummary device = app.get();
    CredentialState state =
        device.status() == DeviceStatus.PENDING
            ? CredentialState.PENDING
            : device.locked()
                ? CredentialState.LOCKED
                : suspendedOr(identity, CredentialState.ACTIVE);
    return new Credential(
        CredentialKind.OTP_APP,
        state,
        "TOTP " + device.algorithm() + " " + device.digits(),
        Optional.of(device.activatedAt().orElse(device.createdAt())));
  }

  private static CredentialState suspendedOr(Identity identity, CredentialState state) {
    return identity.secondFactor() == SecondFactorStatus.SUSPENDED
        ? CredentialState.SUSPENDED
        : state;
  }

  LevelTwoMethods methods(Requester requester) {
    return Identities.find(em, requester.username())
        .map(
            identity ->
                methods(
                    identity,
                    !registry.activeApps(requester.tenant(), identity.username()).isEmpty()))
        .orElseGet(LevelTwoMethods::none);
  }

  /**
   * What a sign-in may use: nothing while the checks would answer that level 2 is closed (revoked,
   * or suspended since a recovery), so the sign-in sends the person to the portal instead of a form
   * whose every code is refused.
   */
  static LevelTwoMethods methods(Identity identity, boolean activeApp) {
    boolean open = closedForLevelTwo(identity).isEmpty();
    boolean sms = open && identity.mobile() != null && identity.mobileVerified();
    return new LevelTwoMethods(
        Optional.of(identity.status()),
        open && activeApp,
        sms,
        sms ? Optional.of(Masking.mask(identity.mobile())) : Optional.empty());
  }

  SecondFactorOutcome checkAppCode(Requester requester, String code) {
    Identity identity = Identities.get(em, requester.username());
    Optional<SecondFactorOutcome> closed = closedForLevelTwo(identity);
    if (closed.isPresent()) {
      return closed.get();
    }
    Optional<DeviceSummary> active =
        registry.activeApps(requester.tenant(), identity.username()).stream().findFirst();
    if (active.isEmpty()) {
      return SecondFactorOutcome.of(SecondFactorCheck.NO_APP);
    }
    ValidationResult result =
        registry.validate(
            requester.tenant(),
            new ValidationRequest(active.get().id(), identity.username(), Purpose.LOGIN, code),
            requester.actor());
    SecondFactorOutcome outcome = outcome(result);
    afterLevelTwo(requester, identity, outcome, "app");
    return outcome;
  }

  CodeSent sendLoginSms(Requester requester) {
    Identity identity = Identities.usable(em, requester.username());
    if (identity.secondFactor() == SecondFactorStatus.SUSPENDED) {
      throw new SigilloException(IdentityError.SECOND_FACTOR_REQUIRED);
    }
    return sms.send(requester, identity, identity.mobile(), SmsPurpose.LOGIN);
  }

  SecondFactorOutcome checkLoginSms(Requester requester, String challengeId, String code) {
    Identity identity = Identities.get(em, requester.username());
    Optional<SecondFactorOutcome> closed = closedForLevelTwo(identity);
    if (closed.isPresent()) {
      return closed.get();
    }
    CodeOutcome checked = sms.verify(requester, identity, challengeId, SmsPurpose.LOGIN, code);
    SecondFactorOutcome outcome =
        switch (checked.check()) {
          case VERIFIED -> SecondFactorOutcome.of(SecondFactorCheck.ACCEPTED);
          case WRONG ->
              new SecondFactorOutcome(
                  SecondFactorCheck.REJECTED,
                  checked.remainingAttempts(),
                  Optional.empty(),
                  Duration.ZERO);
          default -> SecondFactorOutcome.of(SecondFactorCheck.CODE_CLOSED);
        };
    afterLevelTwo(requester, identity, outcome, "sms");
    return outcome;
  }

  private static Optional<SecondFactorOutcome> closedForLevelTwo(Identity identity) {
    if (identity.status() == IdentityStatus.REVOKED) {
      return Optional.of(SecondFactorOutcome.of(SecondFactorCheck.IDENTITY_REVOKED));
    }
    if (identity.secondFactor() == SecondFactorStatus.SUSPENDED) {
      return Optional.of(SecondFactorOutcome.of(SecondFactorCheck.SUSPENDED));
    }
    return Optional.empty();
  }

  private void afterLevelTwo(
      Requester requester, Identity identity, SecondFactorOutcome outcome, String how) {
    audit.record(
        requester.tenant(),
        requester.actor(),
        "identity.level2.checked",
        identity.id(),
        how + ": " + outcome.check());
    if (outcome.accepted() && identity.l2UseNotice()) {
      mails.notice(
          requester.tenant(),
          identity,
          requester.locale(),
          requester.senderName(),
          Notice.L2_USED,
          Identities.when(clock.instant()));
    }
  }

  static SecondFactorOutcome outcome(ValidationResult result) {
    SecondFactorCheck check =
        switch (result.status()) {
          case ACCEPTED -> SecondFactorCheck.ACCEPTED;
          case CLOCK_DRIFT -> SecondFactorCheck.CLOCK_DRIFT;
          case LOCKED -> SecondFactorCheck.LOCKED;
          case NOT_ACTIVE -> SecondFactorCheck.NO_APP;
          // only a hardware token is ahead; level 2 is the app's or an SMS code's
          case TOKEN_AHEAD -> SecondFactorCheck.REJECTED;
          case REJECTED ->
              switch (result.reason().orElse(RejectionReason.NO_MATCH)) {
                case REPLAYED -> SecondFactorCheck.REPLAYED;
                case DELAYED -> SecondFactorCheck.DELAYED;
                case NO_MATCH ->
                    result.lockedNow() ? SecondFactorCheck.LOCKED : SecondFactorCheck.REJECTED;
              };
        };
    return new SecondFactorOutcome(
        check, result.remainingAttempts(), result.clockOffset(), result.retryAfter());
  }
}
