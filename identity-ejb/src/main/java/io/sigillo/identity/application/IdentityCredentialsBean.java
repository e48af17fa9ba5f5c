package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeCheck;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.Credential;
import io.sigillo.identity.api.CredentialKind;
import io.sigillo.identity.api.CredentialOverview;
import io.sigillo.identity.api.CredentialState;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.MobileChangeStep;
import io.sigillo.identity.api.NewApp;
import io.sigillo.identity.api.ReconfigureStep;
import io.sigillo.identity.api.SecondFactorCheck;
import io.sigillo.identity.api.SecondFactorOutcome;
import io.sigillo.identity.api.SecondFactorStatus;
import io.sigillo.identity.domain.EmailCode;
import io.sigillo.identity.domain.EmailCodePurpose;
import io.sigillo.identity.domain.Identity;
import io.sigillo.identity.domain.InvalidIdentityData;
import io.sigillo.identity.infrastructure.mail.IdentityMails;
import io.sigillo.identity.infrastructure.mail.IdentityMails.Notice;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.NewTotpDevice;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.otp.api.TotpEnrolment;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Level-2 credentials and their self-care flows. The OTP app is the person's {@code totp} device in
 * the shared registry (owner = username), SMS codes come from the registry's SMS service; e-mail
 * codes are this module's ({@link EmailCodes}). Everything a flow changes commits together with the
 * code that authorised it.
 */
@Stateless
@Interceptors(IdentityTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a person's own credentials: staff prove their second factor too
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class IdentityCredentialsBean implements IdentityCredentials {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @EJB private OtpRegistry registry;
  @EJB private SmsCodes smsCodes;
  @EJB private EmailCodes emailCodes;
  @Inject private IdentityMails mails;
  @Inject private IdentityAudit audit;
  @Inject private Clock clock;

  @Override
  public CredentialOverview overview(TenantId tenant, String username) {
    Identity identity = Identities.get(em, username);
    List<Credential> credentials = new ArrayList<>();
    credentials.add(appCredential(tenant, identity));
    credentials.add(
        new Credential(
            CredentialKind.SMS,
            identity.mobile() == null
                ? CredentialState.NOT_CONFIGURED
                : suspendedOr(identity, CredentialState.ACTIVE),
            Masking.mask(identity.mobile()),
            Optional.empty()));
    return new CredentialOverview(identity.summary(), credentials);
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

  @Override
  public SecondFactorOutcome checkAppCode(
      TenantId tenant,
      String username,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.get(em, username);
    Optional<SecondFactorOutcome> closed = closedForLevelTwo(identity);
    if (closed.isPresent()) {
      return closed.get();
    }
    Optional<DeviceSummary> active =
        registry.activeApps(tenant, identity.username()).stream().findFirst();
    if (active.isEmpty()) {
      return SecondFactorOutcome.of(SecondFactorCheck.NO_APP);
    }
    ValidationResult result =
        registry.validate(
            tenant,
            new ValidationRequest(active.get().id(), identity.username(), Purpose.LOGIN, code),
            actor);
    SecondFactorOutcome outcome = outcome(result);
    afterLevelTwo(tenant, identity, outcome, "app", locale, senderName, actor);
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
      TenantId tenant,
      Identity identity,
      SecondFactorOutcome outcome,
      String how,
      Locale locale,
      String senderName,
      Actor actor) {
    audit.record(
        tenant, actor, "identity.level2.checked", identity.id(), how + ": " + outcome.check());
    if (outcome.accepted() && identity.l2UseNotice()) {
      mails.notice(
          tenant, identity, locale, senderName, Notice.L2_USED, Identities.when(clock.instant()));
    }
  }

  static SecondFactorOutcome outcome(ValidationResult result) {
    SecondFactorCheck check =
        switch (result.status()) {
          case ACCEPTED -> SecondFactorCheck.ACCEPTED;
          case CLOCK_DRIFT -> SecondFactorCheck.CLOCK_DRIFT;
          case LOCKED -> SecondFactorCheck.LOCKED;
          case NOT_ACTIVE -> SecondFactorCheck.NO_APP;
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

  @Override
  public CodeSent sendLoginSms(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    Identity identity = Identities.usable(em, username);
    if (identity.secondFactor() == SecondFactorStatus.SUSPENDED) {
      throw new SigilloException(IdentityError.SECOND_FACTOR_REQUIRED);
    }
    return sms(tenant, identity, identity.mobile(), SmsPurpose.LOGIN, locale, senderName, actor);
  }

  @Override
  public SecondFactorOutcome checkLoginSms(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.get(em, username);
    Optional<SecondFactorOutcome> closed = closedForLevelTwo(identity);
    if (closed.isPresent()) {
      return closed.get();
    }
    CodeOutcome checked = verifySms(tenant, identity, challengeId, SmsPurpose.LOGIN, code, actor);
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
    afterLevelTwo(tenant, identity, outcome, "sms", locale, senderName, actor);
    return outcome;
  }

  @Override
  public CodeSent startReconfigure(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    Identity identity = Identities.usable(em, username);
    CodeSent sent =
        sms(tenant, identity, identity.mobile(), SmsPurpose.RECONFIGURE, locale, senderName, actor);
    audit.record(
        tenant,
        actor,
        "identity.otp-app.reconfigure-requested",
        identity.id(),
        "SMS to " + sent.maskedDestination());
    return sent;
  }

  @Override
  public ReconfigureStep verifyReconfigure(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      String issuer,
      Locale locale,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    CodeOutcome checked =
        verifySms(tenant, identity, challengeId, SmsPurpose.RECONFIGURE, code, actor);
    if (!checked.verified()) {
      return new ReconfigureStep(checked, Optional.empty());
    }
    // password plus an SMS code to the registered mobile: a level-2 proof for this change, whatever
    // the session had (a recovery session comes here without any other)
    Actor proven = actor.atLevelTwo();
    TotpEnrolment enrolment =
        registry.replaceApp(
            tenant,
            new NewTotpDevice(identity.username(), issuer),
            "re-association of the OTP app",
            proven);
    audit.record(
        tenant,
        actor,
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

  @Override
  public SecondFactorOutcome confirmNewApp(
      TenantId tenant,
      String username,
      long deviceId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    boolean pending =
        registry.devicesOf(tenant, identity.username()).stream()
            .anyMatch(d -> d.app() && d.id() == deviceId && d.status() == DeviceStatus.PENDING);
    if (!pending) {
      throw new SigilloException(IdentityError.NO_PENDING_APP);
    }
    // a pending app exists only after the re-association's SMS code was verified (or was enrolled
    // at level 2): its first code completes that proven change
    SecondFactorOutcome outcome =
        outcome(registry.confirm(tenant, deviceId, code, actor.atLevelTwo()));
    audit.record(
        tenant,
        actor,
        "identity.otp-app.first-code",
        identity.id(),
        "app " + deviceId + ": " + outcome.check());
    if (outcome.accepted()) {
      identity.activateSecondFactor();
      mails.notice(
          tenant,
          identity,
          locale,
          senderName,
          Notice.APP_CHANGED,
          Identities.when(clock.instant()));
    }
    return outcome;
  }

  @Override
  public CodeSent startRecovery(
      TenantId tenant,
      String username,
      CodeChannel channel,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    CodeSent sent =
        channel == CodeChannel.EMAIL
            ? emailCodes.send(tenant, identity, EmailCodePurpose.RECOVERY, null, locale, senderName)
            : sms(
                tenant,
                identity,
                identity.mobile(),
                SmsPurpose.RECOVERY,
                locale,
                senderName,
                actor);
    audit.record(
        tenant,
        actor,
        "identity.recovery.requested",
        identity.id(),
        channel + " to " + sent.maskedDestination());
    return sent;
  }

  @Override
  public CodeOutcome verifyRecovery(
      TenantId tenant,
      String username,
      String challengeId,
      CodeChannel channel,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    CodeOutcome checked =
        channel == CodeChannel.EMAIL
            ? emailCodes
                .check(tenant, identity, challengeId, EmailCodePurpose.RECOVERY, code)
                .outcome()
            : verifySms(tenant, identity, challengeId, SmsPurpose.RECOVERY, code, actor);
    audit.record(
        tenant, actor, "identity.recovery.code", identity.id(), channel + ": " + checked.check());
    if (checked.verified()) {
      identity.suspendSecondFactor();
      audit.record(
          tenant,
          actor,
          "identity.level2.suspended",
          identity.id(),
          "recovery: password-only session limited to credential management");
      mails.notice(
          tenant,
          identity,
          locale,
          senderName,
          Notice.RECOVERY_USED,
          Identities.when(clock.instant()));
    }
    return checked;
  }

  @Override
  public CodeSent startMobileChange(
      TenantId tenant,
      String username,
      String newMobile,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    String mobile;
    try {
      mobile = Identity.checkedMobile(newMobile);
    } catch (InvalidIdentityData e) {
      throw new SigilloException(IdentityError.INVALID_IDENTITY_DATA, e.field(), e.rule());
    }
    if (mobile.equals(identity.mobile())) {
      throw new SigilloException(IdentityError.MOBILE_UNCHANGED);
    }
    CodeSent sent =
        emailCodes.send(
            tenant, identity, EmailCodePurpose.MOBILE_CHANGE, mobile, locale, senderName);
    audit.record(
        tenant,
        actor,
        "identity.mobile.change-requested",
        identity.id(),
        "to " + Masking.mask(mobile) + ", e-mail code to " + sent.maskedDestination());
    return sent;
  }

  @Override
  public MobileChangeStep verifyMobileChangeEmail(
      TenantId tenant,
      String username,
      String challengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    EmailCodes.Checked checked =
        emailCodes.check(tenant, identity, challengeId, EmailCodePurpose.MOBILE_CHANGE, code);
    audit.record(
        tenant,
        actor,
        "identity.mobile.email-code",
        identity.id(),
        checked.outcome().check().name());
    if (!checked.outcome().verified()) {
      return new MobileChangeStep(checked.outcome(), Optional.empty());
    }
    String mobile = checked.code().newValue().orElseThrow();
    CodeSent sms =
        sms(tenant, identity, mobile, SmsPurpose.CONTACT_CHANGE, locale, senderName, actor);
    checked.code().awaitSms(sms.challengeId());
    return new MobileChangeStep(checked.outcome(), Optional.of(sms));
  }

  @Override
  public CodeOutcome verifyMobileChangeSms(
      TenantId tenant,
      String username,
      String smsChallengeId,
      String code,
      Locale locale,
      String senderName,
      Actor actor) {
    Identity identity = Identities.usable(em, username);
    EmailCode change =
        em.createNamedQuery("EmailCode.bySmsChallenge", EmailCode.class)
            .setParameter("challenge", smsChallengeId == null ? "" : smsChallengeId.strip())
            .getResultStream()
            .filter(c -> c.identityId() == identity.id())
            .findFirst()
            .orElseThrow(() -> new SigilloException(IdentityError.MOBILE_CHANGE_NOT_FOUND));
    CodeOutcome checked =
        verifySms(tenant, identity, smsChallengeId, SmsPurpose.CONTACT_CHANGE, code, actor);
    if (checked.verified()) {
      String mobile = change.newValue().orElseThrow();
      identity.changeMobile(mobile);
      audit.record(
          tenant, actor, "identity.mobile.changed", identity.id(), "now " + Masking.mask(mobile));
      mails.notice(
          tenant, identity, locale, senderName, Notice.MOBILE_CHANGED, Masking.mask(mobile));
    }
    return checked;
  }

  private CodeSent sms(
      TenantId tenant,
      Identity identity,
      String mobile,
      SmsPurpose purpose,
      Locale locale,
      String senderName,
      Actor actor) {
    if (mobile == null) {
      throw new SigilloException(IdentityError.NO_MOBILE);
    }
    SmsChallenge challenge =
        smsCodes.send(
            tenant,
            new SmsCodeRequest(identity.username(), mobile, purpose, locale, senderName),
            actor);
    return new CodeSent(
        challenge.challengeId(),
        CodeChannel.SMS,
        challenge.maskedMobile(),
        challenge.expiresAt(),
        challenge.resendAvailableAt(),
        challenge.attemptsAllowed());
  }

  private CodeOutcome verifySms(
      TenantId tenant,
      Identity identity,
      String challengeId,
      SmsPurpose purpose,
      String code,
      Actor actor) {
    SmsVerification verification = smsCodes.verify(tenant, challengeId, purpose, code, actor);
    if (!identity.username().equals(verification.owner())) {
      // somebody else's challenge is as good as none
      throw new SigilloException(OtpError.SMS_CHALLENGE_NOT_FOUND);
    }
    return new CodeOutcome(check(verification.status()), verification.remainingAttempts());
  }

  static CodeCheck check(SmsCodeStatus status) {
    return switch (status) {
      case VERIFIED -> CodeCheck.VERIFIED;
      case WRONG -> CodeCheck.WRONG;
      case EXPIRED -> CodeCheck.EXPIRED;
      case EXHAUSTED -> CodeCheck.EXHAUSTED;
      case ALREADY_USED -> CodeCheck.ALREADY_USED;
    };
  }
}
