package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
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
 * device is only read here (and re-read under a lock when contended), never changed, so nothing
 * stale is written back at commit.
 */
@ApplicationScoped
class Attempts {

  @Inject private DeviceStore store;
  @Inject private SecretVault vault;
  @Inject private DeviceProviders providers;
  @Inject private OtpAudit audit;
  @Inject private Clock clock;

  /**
   * A validation, or with {@code confirming} the first code of a pending device.
   *
   * <p>Optimistic first: the device as read without a lock, and an acceptance is one conditional
   * UPDATE that also requires the row's version to be the one read, so it wins only if nothing at
   * all happened to the device in between (no failure counted, no lock, no other acceptance). That
   * is the whole cost of an uncontended valid code: one read, one UPDATE, one audit row. Whatever
   * would change the failure state (a wrong code), and an acceptance that lost its compare-and-set,
   * is decided again under the row lock ({@code SELECT … FOR UPDATE}) on fresh state, so concurrent
   * guesses are counted one after the other and the lockout threshold is exact on every node.
   */
  ValidationResult check(
      TenantId tenant,
      OtpDevice device,
      OtpPolicy policy,
      Purpose purpose,
      String typed,
      boolean confirming,
      Actor actor) {
    Attempt attempt =
        new Attempt(
            tenant,
            policy,
            purpose,
            PresentedCode.parse(typed, device.parameters().digits()),
            confirming,
            actor);
    Optional<ValidationResult> optimistic = decide(attempt, device, false);
    if (optimistic.isPresent()) {
      return optimistic.get();
    }
    store.lockForCheck(device);
    return decide(attempt, device, true).orElseThrow();
  }

  private record Attempt(
      TenantId tenant,
      OtpPolicy policy,
      Purpose purpose,
      PresentedCode code,
      boolean confirming,
      Actor actor) {

    String action() {
      return confirming ? "otp.device.confirmation" : "otp.code.validation";
    }
  }

  /** The outcome on this reading of the device; empty when it must be decided under the lock. */
  private Optional<ValidationResult> decide(Attempt attempt, OtpDevice device, boolean locked) {
    TenantId tenant = attempt.tenant();
    Actor actor = attempt.actor();
    Purpose purpose = attempt.purpose();
    String action = attempt.action();
    long id = device.id();
    DeviceStatus expected = attempt.confirming() ? DeviceStatus.PENDING : DeviceStatus.ACTIVE;
    if (device.status() != expected) {
      audit.device(tenant, actor, action, id, outcome(purpose, "NOT_ACTIVE " + device.status()));
      return Optional.of(ValidationResult.notActive(id));
    }
    PurposePolicy rules = attempt.policy().forPurpose(purpose);
    Instant now = clock.instant();
    FailureCount failures = device.failures(purpose);
    AttemptDecision decision = Lockout.beforeAttempt(device.isLocked(), failures, rules, now);
    if (decision instanceof AttemptDecision.Locked) {
      audit.device(tenant, actor, action, id, outcome(purpose, "LOCKED"));
      return Optional.of(ValidationResult.locked(id));
    }
    if (decision instanceof AttemptDecision.Delayed delayed) {
      audit.device(tenant, actor, action, id, outcome(purpose, "REJECTED DELAYED"));
      return Optional.of(
          ValidationResult.rejected(
              id,
              RejectionReason.DELAYED,
              rules.lockoutThreshold() - failures.consecutive(),
              delayed.retryAfter(),
              false));
    }
    int remaining = ((AttemptDecision.Allowed) decision).remainingAttempts();
    DeviceProvider provider = providers.of(device.type());
    Verification verification =
        provider.verify(
            tenant,
            device,
            () -> vault.open(device.secretData(), tenant, id),
            attempt.code(),
            attempt.policy(),
            purpose,
            now);
    if (verification instanceof Verification.Accepted accepted) {
      if (store.advance(
          tenant,
          id,
          device.version(),
          accepted,
          device.acceptedBelowAfter(accepted.movingFactor()),
          purpose,
          attempt.confirming(),
          now)) {
        provider.accepted(tenant, device, purpose, now);
        audit.device(
            tenant,
            actor,
            action,
            id,
            outcome(purpose, attempt.confirming() ? "ACCEPTED, device active" : "ACCEPTED"));
        return Optional.of(ValidationResult.accepted(id, rules.lockoutThreshold()));
      }
      // under the lock nothing else can have moved the row: the code was used meanwhile
      return locked
          ? Optional.of(replayed(tenant, actor, action, id, purpose, remaining))
          : Optional.empty();
    }
    if (verification instanceof Verification.ClockDrift drift) {
      audit.device(
          tenant, actor, action, id, outcome(purpose, "CLOCK_DRIFT " + drift.offset().render()));
      return Optional.of(ValidationResult.clockDrift(id, drift.offset(), remaining));
    }
    if (verification instanceof Verification.TokenAhead ahead) {
      audit.device(tenant, actor, action, id, outcome(purpose, "TOKEN_AHEAD " + ahead.presses()));
      return Optional.of(ValidationResult.tokenAhead(id, ahead.presses(), remaining));
    }
    if (((Verification.Rejected) verification).reason() == Verification.Reason.REPLAYED) {
      return Optional.of(replayed(tenant, actor, action, id, purpose, remaining));
    }
    if (!locked) {
      return Optional.empty();
    }
    provider.failed(tenant, device, purpose, now);
    return Optional.of(failed(tenant, actor, action, id, purpose, rules, now));
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
    // a code sent by SMS is never out of step, and there is no second code to prove possession
    if (device.type() == DeviceType.SMS) {
      return Optional.of(ResyncStatus.NOT_ALLOWED);
    }
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
