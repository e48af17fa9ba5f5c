package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.ClaimStatus;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.domain.AttemptDecision;
import io.sigillo.otp.domain.FailureCount;
import io.sigillo.otp.domain.HotpState;
import io.sigillo.otp.domain.Lockout;
import io.sigillo.otp.domain.OtpAlgorithm;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpParameters;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.domain.PresentedCode;
import io.sigillo.otp.domain.PurposePolicy;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.ResyncSearch;
import io.sigillo.otp.infrastructure.crypto.SecretVault;
import io.sigillo.otp.infrastructure.persistence.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A holder's claim of a token by serial and consecutive codes: the possession proof of a
 * resynchronisation ({@link ResyncSearch}, over the tenant's resynchronisation window, so a token
 * pressed a few times in the drawer still claims), then one conditional update that makes it the
 * holder's and active.
 *
 * <p>Serials must not be probeable. Every refusal is the same answer, counted against the claimant
 * (not the token, which a stranger could otherwise lock): a serial that does not exist, belongs to
 * someone else, is not in stock, or wrong codes. A refused serial still costs the scan a real one
 * would, over a throw-away key, so timing tells no more than the answer. Failures follow the
 * tenant's {@link Purpose#SIGN} rules (growing delays, then a block), since tokens are signature
 * devices; they are counted over {@link #FAILURE_PERIOD} and cleared by a claim. The claims of one
 * claimant are decided one at a time (their row is locked), so a burst of simultaneous claims gets
 * no more guesses than the threshold.
 */
@ApplicationScoped
class TokenClaims {

  static final Duration FAILURE_PERIOD = Duration.ofHours(24);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{8}");

  @Inject private TokenStore store;
  @Inject private SecretVault vault;
  @Inject private Policies policies;
  @Inject private OtpAudit audit;
  @Inject private AuditLog log;
  @Inject private Clock clock;

  ClaimResult claim(TenantId tenant, TokenClaim claim, Actor actor) {
    String owner = owner(claim.owner());
    String serial = TokenInventoryBean.serial(claim.serial());
    List<String> codes = codes(claim.codes());
    OtpPolicy policy = policies.of(tenant);
    PurposePolicy rules = policy.forPurpose(Purpose.SIGN);
    // simultaneous claims of one claimant wait here, so each counts the failures of the others
    store.lockClaimant(tenant, owner);
    Instant now = clock.instant();
    List<Instant> failures = store.claimFailuresSince(tenant, owner, now.minus(FAILURE_PERIOD));
    FailureCount count =
        failures.isEmpty()
            ? FailureCount.NONE
            : new FailureCount(failures.size(), Optional.of(failures.get(failures.size() - 1)));
    AttemptDecision decision = Lockout.beforeAttempt(false, count, rules, now);
    if (decision instanceof AttemptDecision.Locked) {
      Duration wait = Duration.between(now, failures.get(0).plus(FAILURE_PERIOD));
      record(tenant, actor, "BLOCKED, serial " + serial);
      return new ClaimResult(ClaimStatus.BLOCKED, Optional.empty(), 0, wait);
    }
    if (decision instanceof AttemptDecision.Delayed delayed) {
      record(tenant, actor, "DELAYED, serial " + serial);
      return new ClaimResult(
          ClaimStatus.DELAYED,
          Optional.empty(),
          rules.lockoutThreshold() - count.consecutive(),
          delayed.retryAfter());
    }
    Optional<OtpDevice> token = store.bySerial(serial).filter(d -> claimable(d, owner));
    Resync found =
        token.isPresent() ? search(tenant, token.get(), codes, policy, now) : decoy(codes, policy);
    if (token.isPresent() && found instanceof Resync.Found position) {
      OtpDevice device = token.get();
      boolean totp = device.type() == DeviceType.TOTP;
      if (store.claim(tenant, device.id(), owner, position, totp, now)) {
        store.clearClaimFailures(tenant, owner);
        audit.device(tenant, actor, "otp.token.claimed", device.id(), "ACTIVE, owner " + owner);
        return new ClaimResult(
            ClaimStatus.CLAIMED, Optional.of(device.id()), rules.lockoutThreshold(), Duration.ZERO);
      }
    }
    if (token.isPresent() && found instanceof Resync.ThirdCodeNeeded) {
      // the codes matched, which proves possession: not a failure
      audit.device(tenant, actor, "otp.token.claim", token.get().id(), "THIRD_CODE_NEEDED");
      return new ClaimResult(
          ClaimStatus.THIRD_CODE_NEEDED,
          Optional.empty(),
          rules.lockoutThreshold() - count.consecutive(),
          Duration.ZERO);
    }
    store.recordClaimFailure(tenant, owner, now);
    Lockout.FailureOutcome outcome =
        Lockout.afterFailure(new FailureCount(count.consecutive() + 1, Optional.of(now)), rules);
    record(
        tenant, actor, "REFUSED, serial " + serial + ", " + outcome.remainingAttempts() + " left");
    return new ClaimResult(
        ClaimStatus.REFUSED,
        Optional.empty(),
        outcome.remainingAttempts(),
        outcome.lockDevice() ? FAILURE_PERIOD : outcome.delayBeforeNext());
  }

  /** From stock, or assigned by an operator to this very holder; never a locked one. */
  private static boolean claimable(OtpDevice device, String owner) {
    return (device.type() == DeviceType.HOTP || device.type() == DeviceType.TOTP)
        && !device.isLocked()
        && (device.status() == DeviceStatus.AVAILABLE
            || (device.status() == DeviceStatus.PENDING && owner.equals(device.owner())));
  }

  /** Codes of another length than the token's are wrong codes, not malformed input. */
  private Resync search(
      TenantId tenant, OtpDevice device, List<String> codes, OtpPolicy policy, Instant now) {
    int digits = device.parameters().digits();
    if (codes.stream().anyMatch(c -> c.length() != digits)) {
      return new Resync.NotFound();
    }
    List<PresentedCode> presented =
        codes.stream().map(c -> PresentedCode.parse(c, digits)).toList();
    OtpSecret secret = vault.open(device.secretData(), tenant, device.id());
    ResyncSearch search = new ResyncSearch(device.parameters(), policy.resync());
    return device.type() == DeviceType.TOTP
        ? search.totp(secret, device.totpState(), presented, now)
        : search.hotp(secret, device.hotpState(), presented);
  }

  /** The scan a real token would cost, over a key nobody has. Its outcome is ignored. */
  private static Resync decoy(List<String> codes, OtpPolicy policy) {
    int digits = codes.get(0).length();
    OtpParameters parameters = OtpParameters.of(OtpAlgorithm.SHA1, digits);
    List<PresentedCode> presented =
        codes.stream()
            .map(c -> PresentedCode.parse(c.length() == digits ? c : "0".repeat(digits), digits))
            .toList();
    new ResyncSearch(parameters, policy.resync())
        .hotp(OtpSecret.generate(RANDOM), new HotpState(-1), presented);
    return new Resync.NotFound();
  }

  private void record(TenantId tenant, Actor actor, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "otp.token.claim",
            AuditSubject.of(AuditSubject.Kind.OTP_TOKEN_CLAIM),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  static String owner(String owner) {
    String value = owner == null ? "" : owner.strip();
    if (value.isEmpty() || value.length() > 64) {
      throw new SigilloException(PlatformError.VALIDATION, "owner", "1..64 characters");
    }
    return value;
  }

  /** Shape only, before anything is looked up: 2 or 3 codes of 6 or 8 digits, spaces dropped. */
  private static List<String> codes(List<String> typed) {
    if (typed == null || typed.size() < 2 || typed.size() > 3) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "2 or 3 consecutive codes");
    }
    List<String> codes = typed.stream().map(c -> c == null ? "" : c.replace(" ", "")).toList();
    if (!codes.stream().allMatch(c -> CODE.matcher(c).matches())) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "6 or 8 digits each");
    }
    return codes;
  }
}
