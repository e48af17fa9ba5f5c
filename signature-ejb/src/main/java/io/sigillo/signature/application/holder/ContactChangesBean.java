package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsCodeRequest;
import io.sigillo.otp.api.SmsCodes;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.api.SmsVerification;
import io.sigillo.signature.api.ContactChangeStarted;
import io.sigillo.signature.api.ContactChanges;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.HolderSummary;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.ContactChange;
import io.sigillo.signature.domain.holder.Contacts;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.infrastructure.crypto.ContactKeys;
import io.sigillo.signature.infrastructure.messaging.HolderNotices;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Changes of mobile number and e-mail. The OTP of the signature device is checked before the code
 * of the new contact: an OTP costs the holder nothing to redo, while a used SMS code means a new
 * SMS.
 *
 * <p>Whether the new contact is another holder's is decided only at confirmation, once the code
 * sent to it is proven: before that, a taken number and a free one get the same answer, so a holder
 * cannot use the change to find out whose numbers or addresses hold a remote signature. Each holder
 * may start {@value #STARTS_PER_HOUR} changes an hour, which also bounds the codes sent on their
 * behalf.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder's own contacts
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class ContactChangesBean implements ContactChanges {

  static final Duration EMAIL_CODE_LIFE = Duration.ofMinutes(10);

  /** Changes a holder may start in an hour: enough for typos, too few to probe contacts. */
  public static final int STARTS_PER_HOUR = 5;

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private ContactRegistry contacts;
  @Inject private ContactKeys keys;
  @Inject private HolderNotices notices;
  @Inject private HolderAudit audit;
  @Inject private SignDevices signDevices;
  @Inject private SmsCodes smsCodes;
  @EJB private Verifications verifications;
  @Inject private Clock clock;

  private final SecureRandom random = new SecureRandom();

  @Override
  public ContactChangeStarted start(
      TenantId tenant,
      String username,
      ContactKind kind,
      String newContact,
      char[] password,
      Locale locale,
      String senderName,
      Actor actor) {
    try {
      Holder holder = holder(username);
      long id = holder.id();
      // the change ends with an OTP of the signature device: a device that moved says so first
      signDevices.usable(tenant, holder);
      em.clear();
      Require.password(verifications.password(tenant, id, password, actor));
      holder = holder(username);
      String value = Contacts.normalise(kind, newContact);
      if (value.equals(holder.contact(kind))) {
        throw new SigilloException(SignatureError.CONTACT_UNCHANGED);
      }
      Instant now = clock.instant();
      requireUnderHourlyCap(id, now);
      em.createNamedQuery("ContactChange.openOf", ContactChange.class)
          .setParameter("holder", id)
          .setParameter("status", ContactChange.Status.OPEN)
          .getResultList()
          .forEach(ContactChange::cancel);
      String reference = reference();
      ContactChange change;
      if (kind == ContactKind.MOBILE) {
        SmsChallenge challenge =
            smsCodes.send(
                tenant,
                new SmsCodeRequest(username, value, SmsPurpose.CONTACT_CHANGE, locale, senderName),
                actor);
        change =
            ContactChange.ofMobile(
                reference, id, value, challenge.challengeId(), challenge.expiresAt(), now);
      } else {
        String code = sixDigits();
        change =
            ContactChange.ofEmail(
                reference,
                id,
                value,
                keys.emailCode(tenant, reference, code),
                now.plus(EMAIL_CODE_LIFE),
                now);
        notices.emailCode(tenant, senderName, value, code, EMAIL_CODE_LIFE.toMinutes(), locale);
      }
      em.persist(change);
      audit.record(tenant, actor, "signature.contact.change-started", id, kind + " change started");
      return new ContactChangeStarted(reference, kind, Masking.mask(value), change.expiresAt());
    } finally {
      HoldersBean.wipe(password);
    }
  }

  @Override
  public HolderSummary confirm(
      TenantId tenant,
      String username,
      String changeId,
      String code,
      String otp,
      Locale locale,
      String senderName,
      Actor actor) {
    Holder holder = holder(username);
    long id = holder.id();
    DeviceSummary device = signDevices.usable(tenant, holder);
    long deviceId = device.id();
    ContactChange change = open(changeId, id);
    ContactKind kind = change.kind();
    Optional<String> challenge = change.smsChallengeId();
    em.clear();
    // the open change was started only after the remote-signature password was checked
    Require.signOtp(
        verifications.signOtp(tenant, deviceId, otp, HolderAudit.passwordChecked(actor)),
        device.type());
    if (challenge.isPresent()) {
      requireSmsCode(verifications.smsCode(tenant, challenge.get(), code, actor), username);
    } else {
      Optional<Integer> wrong = verifications.emailCode(tenant, changeId, code);
      if (wrong.isPresent()) {
        throw wrong.get() == 0
            ? new SigilloException(SignatureError.CONTACT_CODE_EXHAUSTED)
            : new SigilloException(SignatureError.CONTACT_CODE_WRONG, wrong.get());
      }
    }
    holder = holder(username);
    change = open(changeId, id);
    Instant now = clock.instant();
    String old = holder.contact(kind);
    // only a contact proven the holder's own hears of the change: an imported one may be another
    // holder's (refused as in use at renewal), and that person must not be told about this one
    boolean oldWasTheirs = contacts.heldBy(em, tenant, id, kind, old);
    contacts.release(em, tenant, id, kind);
    contacts.claim(em, tenant, id, kind, change.newValue(), now);
    holder.changeContact(kind, change.newValue(), now);
    change.done();
    audit.record(
        tenant,
        actor,
        "signature.contact.changed",
        id,
        kind + " changed from " + Masking.mask(old) + " to " + Masking.mask(change.newValue()));
    if (oldWasTheirs) {
      notices.changed(tenant, senderName, kind, old, locale);
    }
    return holder.summary();
  }

  private void requireUnderHourlyCap(long holderId, Instant now) {
    long started =
        em.createNamedQuery("ContactChange.startedSince", Long.class)
            .setParameter("holder", holderId)
            .setParameter("since", now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
            .getSingleResult();
    if (started >= STARTS_PER_HOUR) {
      throw new SigilloException(SignatureError.CONTACT_CHANGES_TOO_MANY, STARTS_PER_HOUR);
    }
  }

  private static void requireSmsCode(SmsVerification verification, String username) {
    if (verification.verified() && username.equals(verification.owner())) {
      return;
    }
    throw switch (verification.status()) {
      case WRONG ->
          new SigilloException(SignatureError.CONTACT_CODE_WRONG, verification.remainingAttempts());
      case EXHAUSTED -> new SigilloException(SignatureError.CONTACT_CODE_EXHAUSTED);
      case ALREADY_USED -> new SigilloException(OtpError.SMS_CODE_ALREADY_USED);
      case EXPIRED, VERIFIED -> new SigilloException(SignatureError.CONTACT_CODE_EXPIRED);
    };
  }

  private ContactChange open(String reference, long holderId) {
    ContactChange change =
        em.createNamedQuery("ContactChange.byReference", ContactChange.class)
            .setParameter("reference", reference == null ? "" : reference)
            .getResultStream()
            .filter(c -> c.holderId() == holderId)
            .findFirst()
            .orElseThrow(() -> new SigilloException(SignatureError.CONTACT_CHANGE_NOT_FOUND));
    if (change.status() == ContactChange.Status.EXHAUSTED) {
      throw new SigilloException(SignatureError.CONTACT_CODE_EXHAUSTED);
    }
    if (change.status() != ContactChange.Status.OPEN) {
      throw new SigilloException(SignatureError.CONTACT_CHANGE_NOT_FOUND);
    }
    return change;
  }

  private Holder holder(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }

  private String reference() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String sixDigits() {
    return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
  }
}
