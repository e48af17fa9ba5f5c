package io.sigillo.otp.application;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.Actor;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.ResyncResult;
import io.sigillo.otp.api.ResyncStatus;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.otp.domain.AttemptDecision;
import io.sigillo.otp.domain.FailureCount;
import io.sigillo.otp.domain.Lockout;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.domain.PresentedCode;
import io.sigillo.otp.domain.PurposePolicy;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.SelfUnlockQuota;
import io.sigillo.otp.domain.Verification;
import io.sigillo.otp.infrastructure.crypto.SecretVault;
import io.sigillo.otp.infrastructure.persistence.DeviceStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Presented codes against a loaded device: the decision comes from the domain, the state change
 * from one conditional update in {@link DeviceStore}, whose row count has the last word. The loaded
 * device is only read here, never changed, so nothing stale is written back at commit.
 */
@ApplicationScoped
class Attempts {

  @Inject private DeviceStore store;
  @Inject private SecretVault vault;
  @Inject private DeviceProviders providers;
  @Inject private OtpAudit audit;
  @Inject private Clock clock;

  /** A validation, or with {@code confirming} the first code of a pending device. */
  ValidationResult check(
      TenantId tenant,
      OtpDevice device,
      OtpPolicy policy,
      Purpose purpose,
      String typed,
      boolean confirming,
      Actor actor) {
    PresentedCode code = PresentedCode.parse(typed, device.parameters().digits());
    long id = device.id();
    String action = confirming ? "otp.device.confirmation" : "otp.code.validation";
    DeviceStatus expected = confirming ? DeviceStatus.PENDING : DeviceStatus.ACTIVE;
    if (device.status() != expected) {
      audit.device(tenant, actor, action, id, outcome(purpose, "NOT_ACTIVE " + device.status()));
      return ValidationResult.notActive(id);
    }
    PurposePolicy rules = policy.forPurpose(purpose);
    Instant now = clock.instant();
    FailureCount failures = device.failures(purpose);
    AttemptDecision decision = Lockout.beforeAttempt(device.isLocked(), failures, rules, now);
    if (decision instanceof AttemptDecision.Locked) {
      audit.device(tenant, actor, action, id, outcome(purpose, "LOCKED"));
      return ValidationResult.locked(id);
    }
    if (decision instanceof AttemptDecision.Delayed delayed) {
      audit.device(tenant, actor, action, id, outcome(purpose, "REJECTED DELAYED"));
      return ValidationResult.rejected(
          id,
          RejectionReason.DELAYED,
          rules.lockoutThreshold() - failures.consecutive(),
          delayed.retryAfter(),
          false);
    }
    int remaining = ((AttemptDecision.Allowed) decision).remainingAttempts();
    OtpSecret secret = vault.open(device.secretData(), tenant, id);
    Verification verification =
        providers.of(device.type()).verify(secret, device, code, policy, purpose, now);
    if (verification instanceof Verification.Accepted accepted) {
      if (store.advance(tenant, id, accepted, purpose, confirming, now)) {
        audit.device(
            tenant,
            actor,
            action,
            id,
            outcome(purpose, confirming ? "ACCEPTED, device active" : "ACCEPTED"));
        return ValidationResult.accepted(id, rules.lockoutThreshold());
      }
      return replayed(tenant, actor, action, id, purpose, remaining);
    }
    if (verification instanceof Verification.ClockDrift drift) {
      audit.device(
          tenant, actor, action, id, outcome(purpose, "CLOCK_DRIFT " + drift.offset().render()));
      return ValidationResult.clockDrift(id, drift.offset(), remaining);
    }
    if (((Verification.Rejected) verification).reason() == Verification.Reason.REPLAYED) {
      return replayed(tenant, actor, action, id, purpose, remaining);
    }
    return failed(tenant, actor, action, id, purpose, rules, now);
  }

  private ValidationResult replayed(
      TenantId tenant, Actor actor, String action, long id, Purpose purpose, int remaining) {
    audit.device(tenant, actor, action, id, outcome(purpose, "REJECTED REPLAYED"));
    return ValidationResult.rejected(id, RejectionReason.REPLAYED, remaining, Duration.ZERO, false);
  }

  private ValidationResult failed(
      TenantId tenant,
      Actor actor,
      String action,
      long id,
      Purpose purpose,
      PurposePolicy rules,
      Instant now) {
    int count = store.recordFailure(tenant, id, purpose, now);
    Lockout.FailureOutcome outcome =
        Lockout.afterFailure(new FailureCount(count, Optional.of(now)), rules);
    audit.device(
        tenant,
        actor,
        action,
        id,
        outcome(purpose, "REJECTED NO_MATCH, " + outcome.remainingAttempts() + " left"));
    if (outcome.lockDevice()) {
      store.lock(tenant, id, now);
      audit.device(tenant, actor, "otp.device.locked", id, outcome(purpose, "after " + count));
    }
    return ValidationResult.rejected(
        id,
        RejectionReason.NO_MATCH,
        outcome.remainingAttempts(),
        outcome.delayBeforeNext(),
        outcome.lockDevice());
  }

  /** A resynchronisation; with {@code selfUnlock} the holder's own unlock of a locked device. */
  ResyncResult resynchronise(
      TenantId tenant,
      OtpDevice device,
      OtpPolicy policy,
      List<String> typed,
      boolean selfUnlock,
      Actor actor) {
    long id = device.id();
    String action = selfUnlock ? "otp.device.self-unlock" : "otp.device.resynchronisation";
    List<PresentedCode> codes = parse(typed, device.parameters().digits());
    Optional<ResyncStatus> refused = refusal(device, selfUnlock);
    if (refused.isPresent()) {
      audit.device(tenant, actor, action, id, refused.get().name());
      return ResyncResult.of(id, refused.get());
    }
    Instant now = clock.instant();
    Optional<Integer> left = Optional.empty();
    if (selfUnlock) {
      SelfUnlockQuota.Decision quota =
          SelfUnlockQuota.check(
              store.selfUnlocksSince(tenant, id, now.minus(SelfUnlockQuota.PERIOD)),
              policy.selfUnlocksPer30Days(),
              now);
      if (quota instanceof SelfUnlockQuota.Decision.Exhausted exhausted) {
        audit.device(tenant, actor, action, id, ResyncStatus.QUOTA_EXHAUSTED.name());
        return new ResyncResult(
            id,
            ResyncStatus.QUOTA_EXHAUSTED,
            Optional.of(0),
            Optional.of(exhausted.availableAgainAt()));
      }
      if (quota instanceof SelfUnlockQuota.Decision.OperatorOnly) {
        audit.device(tenant, actor, action, id, "NOT_ALLOWED operator only");
        return ResyncResult.of(id, ResyncStatus.NOT_ALLOWED);
      }
      left = Optional.of(((SelfUnlockQuota.Decision.Allowed) quota).remainingAfterThis());
    }
    OtpSecret secret = vault.open(device.secretData(), tenant, id);
    Resync found = providers.of(device.type()).resynchronise(secret, device, codes, policy, now);
    ResyncStatus status = apply(tenant, device, found, selfUnlock);
    if (status == ResyncStatus.SYNCHRONISED && selfUnlock) {
      store.recordSelfUnlock(tenant, id, now);
    }
    audit.device(tenant, actor, action, id, status.name());
    return new ResyncResult(
        id,
        status,
        status == ResyncStatus.SYNCHRONISED ? left : Optional.empty(),
        Optional.empty());
  }

  private ResyncStatus apply(TenantId tenant, OtpDevice device, Resync found, boolean unlocking) {
    if (found instanceof Resync.Found position) {
      boolean totp = device.type() == DeviceType.TOTP;
      return store.resynchronise(tenant, device.id(), position, totp, unlocking)
          ? ResyncStatus.SYNCHRONISED
          : ResyncStatus.NOT_FOUND;
    }
    return found instanceof Resync.ThirdCodeNeeded
        ? ResyncStatus.THIRD_CODE_NEEDED
        : ResyncStatus.NOT_FOUND;
  }

  private static Optional<ResyncStatus> refusal(OtpDevice device, boolean selfUnlock) {
    if (device.status() != DeviceStatus.ACTIVE) {
      return Optional.of(ResyncStatus.NOT_ACTIVE);
    }
    if (selfUnlock && !device.isLocked()) {
      return Optional.of(ResyncStatus.NOT_ALLOWED);
    }
    if (!selfUnlock && device.isLocked()) {
      return Optional.of(ResyncStatus.LOCKED);
    }
    return Optional.empty();
  }

  private static List<PresentedCode> parse(List<String> typed, int digits) {
    if (typed == null || typed.size() < 2 || typed.size() > 3) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "2 or 3 consecutive codes");
    }
    return typed.stream().map(code -> PresentedCode.parse(code, digits)).toList();
  }

  private static String outcome(Purpose purpose, String outcome) {
    return purpose + " " + outcome;
  }
}
