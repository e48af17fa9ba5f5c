package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Role;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodeSettings;
import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.otp.domain.sms.SmsChallengeState;
import io.sigillo.otp.domain.sms.SmsCode;
import io.sigillo.otp.domain.sms.SmsCodeRules;
import io.sigillo.otp.infrastructure.crypto.SmsCodeHasher;
import io.sigillo.otp.infrastructure.persistence.OtpTenantBinding;
import io.sigillo.otp.infrastructure.persistence.SmsCodeStore;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SMS codes of each tenant, as verification codes (sent by {@link SmsChallenges}); the registry's
 * SMS devices use the same challenges through {@link SmsProvider}.
 */
@Stateless
@Interceptors(OtpTenantBinding.class)
@DeclareRoles({
  Roles.USER,
  Roles.OPERATOR,
  Roles.PLATFORM_ADMIN,
  Roles.SERVICE,
  Roles.LOGIN_BROKER,
  Roles.SYSTEM
})
// codes of the identity and signature flows, for whoever those serve
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
public class SmsCodesBean implements SmsCodes {

  private static final Pattern CHALLENGE_ID = Pattern.compile("[0-9a-f-]{36}");

  @Inject private SmsChallenges challenges;
  @Inject private SmsCodeStore store;
  @Inject private SmsCodeHasher hasher;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Override
  // Keycloak's level-2 step sends and checks login codes (the identity module decides for whom)
  @RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.LOGIN_BROKER, Roles.SYSTEM})
  public SmsChallenge send(TenantId tenant, SmsCodeRequest request, Actor actor) {
    signInOnlyForBroker(request == null ? null : request.purpose(), actor);
    return challenges.send(tenant, request, Optional.empty(), actor);
  }

  @Override
  @RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.LOGIN_BROKER, Roles.SYSTEM})
  public SmsVerification verify(
      TenantId tenant, String challengeId, SmsPurpose purpose, String typed, Actor actor) {
    signInOnlyForBroker(purpose, actor);
    String id = challengeId == null ? "" : challengeId.strip();
    SmsChallengeState challenge =
        (CHALLENGE_ID.matcher(id).matches()
                ? store.find(tenant, id)
                : Optional.<SmsChallengeState>empty())
            .filter(c -> c.purpose() == required(purpose))
            .orElseThrow(() -> new SigilloException(OtpError.SMS_CHALLENGE_NOT_FOUND));
    String code = SmsCode.parse(typed);
    Instant now = clock.instant();
    boolean matches = hasher.matches(challenge.keyId(), tenant, id, code, challenge.codeHash());
    SmsVerification result = decide(tenant, id, challenge, matches, now);
    record(
        tenant,
        actor,
        "otp.sms.verification",
        AuditSubject.of(AuditSubject.Kind.SMS_CHALLENGE, id),
        purpose
            + " for "
            + challenge.owner()
            + ": "
            + result.status()
            + (result.status() == SmsCodeStatus.WRONG
                ? ", " + result.remainingAttempts() + " left"
                : ""));
    return result;
  }

  /** Keycloak's level-2 step sends and checks sign-in codes, never those of another flow. */
  private static void signInOnlyForBroker(SmsPurpose purpose, Actor actor) {
    if (actor.is(Role.LOGIN_BROKER) && purpose != SmsPurpose.LOGIN) {
      throw new SigilloException(OtpError.LOGIN_BROKER_LOGIN_ONLY);
    }
  }

  /**
   * What the stored state says first; then the conditional update decides, and if it lost a race
   * the state is read again to say what happened instead.
   */
  private SmsVerification decide(
      TenantId tenant, String id, SmsChallengeState challenge, boolean matches, Instant now) {
    Optional<SmsCodeStatus> closed = challenge.closed(now);
    if (closed.isPresent()) {
      return new SmsVerification(closed.get(), 0, challenge.owner());
    }
    if (matches) {
      if (store.consume(tenant, id, now)) {
        return new SmsVerification(SmsCodeStatus.VERIFIED, 0, challenge.owner());
      }
      return after(tenant, id, now, challenge.owner());
    }
    if (!store.recordWrong(tenant, id, now)) {
      return after(tenant, id, now, challenge.owner());
    }
    SmsChallengeState counted = store.find(tenant, id).orElseThrow();
    return counted.remaining() == 0
        ? new SmsVerification(SmsCodeStatus.EXHAUSTED, 0, challenge.owner())
        : new SmsVerification(SmsCodeStatus.WRONG, counted.remaining(), challenge.owner());
  }

  private SmsVerification after(TenantId tenant, String id, Instant now, String owner) {
    SmsChallengeState now_ = store.find(tenant, id).orElseThrow();
    return new SmsVerification(now_.closed(now).orElse(SmsCodeStatus.ALREADY_USED), 0, owner);
  }

  @Override
  public SmsCodeSettings settings(TenantId tenant) {
    return settings(rules(tenant));
  }

  // tenant settings: staff only
  @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  @Override
  public SmsCodeSettings updateSettings(TenantId tenant, SmsCodeSettings settings, Actor actor) {
    if (settings == null) {
      throw new SigilloException(PlatformError.VALIDATION, "settings", "required");
    }
    SmsCodeSettings checked = settings(rules(settings));
    store.saveSettings(tenant, checked, clock.instant());
    record(
        tenant,
        actor,
        "otp.sms.policy.changed",
        AuditSubject.of(AuditSubject.Kind.OTP_SMS_POLICY),
        checked.toString());
    return checked;
  }

  private SmsCodeRules rules(TenantId tenant) {
    return challenges.rules(tenant);
  }

  private static SmsCodeRules rules(SmsCodeSettings s) {
    return SmsChallenges.rules(s);
  }

  private static SmsCodeSettings settings(SmsCodeRules rules) {
    return new SmsCodeSettings(
        Math.toIntExact(rules.lifetime().toSeconds()),
        rules.maxAttempts(),
        Math.toIntExact(rules.resendCooldown().toSeconds()),
        rules.sendsPerHour());
  }

  /** The detail names purpose, person and outcome, never a code. */
  private void record(
      TenantId tenant, Actor actor, String action, AuditSubject subject, String detail) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            subject,
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  private static SmsPurpose required(SmsPurpose purpose) {
    if (purpose == null) {
      throw new SigilloException(PlatformError.VALIDATION, "purpose", "required");
    }
    return purpose;
  }
}
