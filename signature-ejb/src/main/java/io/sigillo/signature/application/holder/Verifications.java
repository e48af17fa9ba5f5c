package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.ClaimResult;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.ContactChange;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.domain.holder.PasswordLockout;
import io.sigillo.signature.infrastructure.crypto.ContactKeys;
import io.sigillo.signature.infrastructure.crypto.PasswordHasher;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks whose outcome must survive the failure of the call that asked for them: a wrong password
 * must count towards the lock, a wrong OTP towards the device's lock, a wrong code towards its
 * attempts, even though the caller then throws a catalogued error and its own transaction rolls
 * back. Each runs in a transaction of its own, which commits before the caller goes on; callers
 * make these checks before they load anything they will change, so versions never clash.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder module's proofs, for the caller of the bean that asks
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
public class Verifications {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private ContactKeys keys;
  @Inject private OtpRegistry registry;
  @Inject private SmsCodes smsCodes;
  @Inject private TokenInventory inventory;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * The holder's remote-signature password. The row is locked while the count changes, so parallel
   * guesses cannot slip past the threshold.
   */
  public PasswordCheck password(TenantId tenant, long holderId, char[] password, Actor actor) {
    Holder holder = em.find(Holder.class, holderId, LockModeType.PESSIMISTIC_WRITE);
    if (holder == null) {
      throw new SigilloException(SignatureError.HOLDER_NOT_FOUND);
    }
    Instant now = clock.instant();
    PasswordLockout.State state = holder.passwordState();
    if (state.lockedAt(now)) {
      record(tenant, actor, "signature.password.locked", holder, "refused unchecked");
      return new PasswordCheck(PasswordCheck.Outcome.LOCKED, 0, state.lockedUntil());
    }
    if (hasher.matches(password, holder.passwordHash())) {
      if (state.failures() > 0) {
        holder.passwordState(PasswordLockout.State.CLEAR);
      }
      if (hasher.outdated(holder.passwordHash())) {
        holder.rehashPassword(hasher.hash(password));
      }
      return new PasswordCheck(
          PasswordCheck.Outcome.ACCEPTED, PasswordLockout.THRESHOLD, Optional.empty());
    }
    PasswordLockout.State next = PasswordLockout.afterFailure(state, now);
    holder.passwordState(next);
    record(
        tenant,
        actor,
        "signature.password.wrong",
        holder,
        next.lockedUntil().map(until -> "locked until " + until).orElse("wrong password"));
    return next.lockedAt(now)
        ? new PasswordCheck(PasswordCheck.Outcome.LOCKED, 0, next.lockedUntil())
        : new PasswordCheck(
            PasswordCheck.Outcome.WRONG, PasswordLockout.remaining(next), Optional.empty());
  }

  /** An OTP of the signature device, for purpose SIGN. */
  public ValidationResult signOtp(TenantId tenant, long deviceId, String code, Actor actor) {
    return registry.validate(
        tenant, ValidationRequest.forDevice(deviceId, Purpose.SIGN, code), actor);
  }

  /** A token claimed from the tenant's stock; a refused claim counts even if the order fails. */
  public ClaimResult claimToken(TenantId tenant, TokenClaim claim, Actor actor) {
    return inventory.claim(tenant, claim, actor);
  }

  /** The SMS code sent to a new mobile number. */
  public SmsVerification smsCode(TenantId tenant, String challengeId, String code, Actor actor) {
    return smsCodes.verify(tenant, challengeId, SmsPurpose.CONTACT_CHANGE, code, actor);
  }

  /** The code sent to the holder's mobile for a reset of the remote-signature password. */
  public SmsVerification passwordResetCode(
      TenantId tenant, String challengeId, String code, Actor actor) {
    return smsCodes.verify(tenant, challengeId, SmsPurpose.SIGN_PASSWORD, code, actor);
  }

  /** The SMS code sent to the holder's mobile before the signature device is replaced. */
  public SmsVerification deviceChangeCode(
      TenantId tenant, String challengeId, String code, Actor actor) {
    return smsCodes.verify(tenant, challengeId, SmsPurpose.DEVICE_CHANGE, code, actor);
  }

  /**
   * The code sent to a new e-mail address; a wrong one costs an attempt. A change that is unknown,
   * expired, used or out of attempts is refused with its catalogued error.
   *
   * @return empty when the code is right, otherwise the attempts left
   */
  public Optional<Integer> emailCode(TenantId tenant, String reference, String code) {
    ContactChange change =
        em.createNamedQuery("ContactChange.byReference", ContactChange.class)
            .setParameter("reference", reference)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new SigilloException(SignatureError.CONTACT_CHANGE_NOT_FOUND));
    if (change.status() == ContactChange.Status.EXHAUSTED) {
      throw new SigilloException(SignatureError.CONTACT_CODE_EXHAUSTED);
    }
    if (change.status() != ContactChange.Status.OPEN) {
      throw new SigilloException(SignatureError.CONTACT_CHANGE_NOT_FOUND);
    }
    if (change.expiredAt(clock.instant())) {
      throw new SigilloException(SignatureError.CONTACT_CODE_EXPIRED);
    }
    String stored = change.codeHash().orElseThrow();
    if (code != null && keys.emailCodeMatches(tenant, reference, code.strip(), stored)) {
      return Optional.empty();
    }
    return Optional.of(change.wrongCode());
  }

  private void record(TenantId tenant, Actor actor, String action, Holder holder, String detail) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.holder(holder.id()),
            detail,
            actor.correlationId(),
            clock.instant()));
  }
}
