package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.PasswordResetStarted;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.SignaturePasswords;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.domain.holder.PasswordHistoryEntry;
import io.sigillo.signature.domain.holder.PasswordRules;
import io.sigillo.signature.infrastructure.crypto.PasswordHasher;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Change and reset of the remote-signature password. The proofs are checked by {@link
 * Verifications} in their own transactions (a wrong password or code counts even though the call
 * then fails), before anything this bean changes is loaded again. The history is compared only
 * after a proof: compared before, it would tell a caller without the password whether a guess was
 * one of the holder's passwords, with no lock to stop the guessing.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder's own password
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class SignaturePasswordsBean implements SignaturePasswords {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private HolderAudit audit;
  @Inject private OtpRegistry registry;
  @Inject private SmsCodes smsCodes;
  @Inject private SignaturePolicies policies;
  @EJB private Verifications verifications;
  @Inject private Clock clock;

  @Override
  public void change(
      TenantId tenant,
      String username,
      char[] currentPassword,
      char[] newPassword,
      String otp,
      Actor actor) {
    try {
      Holder holder = holder(username);
      long id = holder.id();
      long deviceId = signDevice(holder);
      PasswordRules rules = rules(tenant);
      rules.require(newPassword);
      em.clear();
      Require.password(verifications.password(tenant, id, currentPassword, actor));
      requireNotReused(id, newPassword, rules);
      em.clear();
      requireSignOtp(tenant, deviceId, otp, actor);
      store(tenant, username, newPassword, actor, "signature.password.changed", "changed");
    } finally {
      HoldersBean.wipe(currentPassword);
      HoldersBean.wipe(newPassword);
    }
  }

  @Override
  public PasswordResetStarted startReset(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor) {
    Holder holder = holder(username);
    signDevice(holder);
    SmsChallenge challenge =
        smsCodes.send(
            tenant,
            new SmsCodeRequest(
                username,
                holder.contact(ContactKind.MOBILE),
                SmsPurpose.SIGN_PASSWORD,
                locale,
                senderName),
            actor);
    audit.record(
        tenant,
        actor,
        "signature.password.reset-started",
        holder.id(),
        "code sent to the holder's mobile");
    return new PasswordResetStarted(
        challenge.challengeId(), challenge.maskedMobile(), challenge.expiresAt());
  }

  @Override
  public void reset(
      TenantId tenant,
      String username,
      String resetId,
      String code,
      String otp,
      char[] newPassword,
      Actor actor) {
    try {
      Holder holder = holder(username);
      long id = holder.id();
      long deviceId = signDevice(holder);
      PasswordRules rules = rules(tenant);
      rules.require(newPassword);
      em.clear();
      requireResetCode(verifications.passwordResetCode(tenant, resetId, code, actor), username);
      requireNotReused(id, newPassword, rules);
      em.clear();
      // the code to the verified mobile stands in for the forgotten password beside the OTP
      requireSignOtp(tenant, deviceId, otp, actor);
      store(
          tenant,
          username,
          newPassword,
          actor,
          "signature.password.reset",
          "reset with the code sent to the mobile and an OTP; lock cleared");
    } finally {
      HoldersBean.wipe(newPassword);
    }
  }

  private void requireSignOtp(TenantId tenant, long deviceId, String otp, Actor actor) {
    DeviceSummary device =
        registry
            .find(tenant, deviceId)
            .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
    Require.signOtp(
        verifications.signOtp(tenant, deviceId, otp, HolderAudit.passwordChecked(actor)),
        device.type());
  }

  /** The current password and the newest earlier ones, as many as the tenant's history counts. */
  private void requireNotReused(long holderId, char[] password, PasswordRules rules) {
    if (rules.history() == 0) {
      return;
    }
    Holder holder = em.find(Holder.class, holderId);
    boolean reused = hasher.matches(password, holder.passwordHash());
    if (!reused && rules.history() > 1) {
      List<PasswordHistoryEntry> earlier =
          em.createNamedQuery("PasswordHistoryEntry.newestOf", PasswordHistoryEntry.class)
              .setParameter("holder", holderId)
              .setMaxResults(rules.history() - 1)
              .getResultList();
      for (PasswordHistoryEntry entry : earlier) {
        // every remembered hash is checked, so the time taken says nothing about which matched
        reused |= hasher.matches(password, entry.passwordHash());
      }
    }
    if (reused) {
      throw new SigilloException(SignatureError.PASSWORD_REUSED, rules.history());
    }
  }

  private void store(
      TenantId tenant,
      String username,
      char[] password,
      Actor actor,
      String action,
      String detail) {
    Holder holder = holder(username);
    Instant now = clock.instant();
    String old = holder.replacePassword(hasher.hash(password), now);
    em.persist(new PasswordHistoryEntry(holder.id(), old, now));
    List<PasswordHistoryEntry> beyond =
        em.createNamedQuery("PasswordHistoryEntry.newestOf", PasswordHistoryEntry.class)
            .setParameter("holder", holder.id())
            .setFirstResult(PasswordRules.MAX_HISTORY)
            .getResultList();
    beyond.forEach(em::remove);
    audit.record(tenant, actor, action, holder.id(), detail);
  }

  private static void requireResetCode(SmsVerification verification, String username) {
    if (!username.equals(verification.owner())) {
      throw new SigilloException(SignatureError.PASSWORD_RESET_NOT_FOUND);
    }
    if (verification.verified()) {
      return;
    }
    throw switch (verification.status()) {
      case WRONG ->
          new SigilloException(
              SignatureError.PASSWORD_RESET_CODE_WRONG, verification.remainingAttempts());
      case EXHAUSTED -> new SigilloException(SignatureError.PASSWORD_RESET_CODE_EXHAUSTED);
      case ALREADY_USED, EXPIRED, VERIFIED ->
          new SigilloException(SignatureError.PASSWORD_RESET_CODE_EXPIRED);
    };
  }

  private PasswordRules rules(TenantId tenant) {
    SignaturePolicySettings settings = policies.current(tenant);
    return new PasswordRules(settings.passwordMinLength(), settings.passwordHistory());
  }

  private static long signDevice(Holder holder) {
    return holder
        .signDeviceId()
        .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
  }

  private Holder holder(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }
}
