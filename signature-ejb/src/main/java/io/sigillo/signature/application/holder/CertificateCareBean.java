package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.person.VerifiedPersons;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.signature.api.CertificateCare;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.HolderCertificates;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataCheck;
import io.sigillo.signature.api.HolderOverview;
import io.sigillo.signature.api.RenewalStatus;
import io.sigillo.signature.api.RevocationReason;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.application.certificate.CertificateLifecycle;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.domain.holder.VerifiedHolderData;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Certificates' status in the operator console and in the holder's self-care. Each method checks
 * its own proof first (the operator at level 2, or the holder's password and an OTP of the
 * signature device) and then changes the status through the CA as the platform ({@code @RunAs}):
 * the CA's status changes are not open to a holder's role, only to flows that checked the proof.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
@RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
@RunAs(Roles.SYSTEM)
public class CertificateCareBean implements CertificateCare {

  private static final int MAX_RESULTS = 50;

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private CertificateLifecycle certificates;
  @Inject private OtpRegistry registry;
  @Inject private TokenInventory inventory;
  @Inject private SignaturePolicies policies;
  @Inject private HolderDataCheck dataCheck;
  @Inject private VerifiedPersons persons;
  @Inject private HolderAudit audit;
  @EJB private Verifications verifications;
  @Inject private Clock clock;

  @Override
  public List<HolderOverview> search(TenantId tenant, String query, Actor actor) {
    actor.requireActingOperator();
    String text = query == null ? "" : query.strip();
    if (text.length() < 2 || text.length() > 100) {
      throw new SigilloException(PlatformError.HOLDER_SEARCH_INVALID);
    }
    Map<Long, Holder> found = new LinkedHashMap<>();
    em.createQuery("select h from Holder h where h.codiceFiscale = :cf", Holder.class)
        .setParameter("cf", text.toUpperCase(Locale.ROOT))
        .getResultStream()
        .forEach(h -> found.put(h.id(), h));
    String serial = text.toLowerCase(Locale.ROOT).replace(":", "").replace(" ", "");
    em.createQuery(
            "select h from Holder h, HolderCertificate c where c.holderId = h.id"
                + " and c.serialNumber = :serial",
            Holder.class)
        .setParameter("serial", serial)
        .getResultStream()
        .forEach(h -> found.put(h.id(), h));
    inventory
        .find(tenant, text)
        .ifPresent(
            token ->
                em.createQuery(
                        "select h from Holder h where h.signDeviceId = :device", Holder.class)
                    .setParameter("device", token.deviceId())
                    .getResultStream()
                    .forEach(h -> found.put(h.id(), h)));
    String like =
        "%"
            + text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    em.createQuery(
            "select h from Holder h where lower(h.surname) like :p escape '\\'"
                + " or lower(h.givenName) like :p escape '\\'"
                + " or lower(concat(concat(h.givenName, ' '), h.surname)) like :p escape '\\'"
                + " order by h.surname, h.givenName, h.id",
            Holder.class)
        .setParameter("p", like)
        .setMaxResults(MAX_RESULTS)
        .getResultStream()
        .forEach(h -> found.put(h.id(), h));
    return found.values().stream().limit(MAX_RESULTS).map(h -> overview(tenant, h)).toList();
  }

  @Override
  public HolderCertificates holder(TenantId tenant, long holderId, Actor actor) {
    actor.requireActingOperator();
    Holder holder = em.find(Holder.class, holderId);
    if (holder == null) {
      throw new SigilloException(SignatureError.HOLDER_NOT_FOUND);
    }
    return certificatesOf(tenant, holder);
  }

  @Override
  public CertificateSummary suspend(
      TenantId tenant, long certificateId, String reason, Actor actor) {
    actor.requireActingOperator();
    return certificates.suspend(tenant, certificateId, reason, actor);
  }

  @Override
  public CertificateSummary reactivate(
      TenantId tenant, long certificateId, String reason, Actor actor) {
    actor.requireActingOperator();
    return certificates.reactivate(tenant, certificateId, reason, actor);
  }

  @Override
  public CertificateSummary revoke(
      TenantId tenant, long certificateId, RevocationReason crlReason, String reason, Actor actor) {
    actor.requireActingOperator();
    if (crlReason == null) {
      throw new SigilloException(PlatformError.CERTIFICATE_ACTION_INVALID);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new SigilloException(CertificateError.REASON_REQUIRED);
    }
    CertificateSummary revoked = certificates.revoke(tenant, certificateId, crlReason, actor);
    audit.record(
        tenant,
        actor,
        "signature.certificate.revoke-reason",
        revoked.holderId(),
        "certificate " + revoked.serialNumber() + ": " + why);
    return revoked;
  }

  @Override
  public HolderCertificates correctHolderData(
      TenantId tenant, long holderId, HolderData data, String reason, Actor actor) {
    actor.requireActingOperator();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new SigilloException(CertificateError.REASON_REQUIRED);
    }
    Holder holder = em.find(Holder.class, holderId);
    if (holder == null) {
      throw new SigilloException(SignatureError.HOLDER_NOT_FOUND);
    }
    // the certificate names the person of the verified identity: names and tax code stay theirs
    HolderData verified =
        VerifiedHolderData.of(
            persons
                .find(tenant, holder.username())
                .orElseThrow(() -> new SigilloException(SignatureError.IDENTITY_REQUIRED)),
            data);
    dataCheck.requireConsistent(verified);
    HolderData before = holder.data();
    holder.correctData(verified, clock.instant());
    audit.record(
        tenant,
        actor,
        "signature.holder.data-corrected",
        holder.id(),
        "by the operator, fields " + changed(before, verified) + ": " + why);
    return certificatesOf(tenant, holder);
  }

  /** The names of the fields that differ, never their values (the audit is no copy of the data). */
  private static String changed(HolderData before, HolderData after) {
    List<String> fields = new ArrayList<>();
    if (before.sex() != after.sex()) {
      fields.add("sex");
    }
    if (!before.birthDate().equals(after.birthDate())) {
      fields.add("birthDate");
    }
    if (!before.placeOfBirth().equalsIgnoreCase(after.placeOfBirth())) {
      fields.add("placeOfBirth");
    }
    if (!Objects.equals(before.provinceOfBirth(), after.provinceOfBirth())) {
      fields.add("provinceOfBirth");
    }
    return fields.isEmpty() ? "none" : String.join(", ", fields);
  }

  @RolesAllowed({Roles.USER, Roles.SYSTEM})
  @Override
  public HolderCertificates mine(TenantId tenant, String username) {
    return certificatesOf(tenant, holder(username));
  }

  @RolesAllowed({Roles.USER, Roles.SYSTEM})
  @Override
  public byte[] myCertificate(TenantId tenant, String username, long certificateId) {
    Holder holder = holder(username);
    CertificateSummary certificate =
        certificates.certificatesOf(tenant, holder.id()).stream()
            .filter(c -> c.id() == certificateId)
            .findFirst()
            .orElseThrow(
                () -> new SigilloException(CertificateError.CERTIFICATE_NOT_FOUND, certificateId));
    return certificates.certificate(tenant, certificate.id());
  }

  @RolesAllowed({Roles.USER, Roles.SYSTEM})
  @Override
  public CertificateSummary suspendMine(
      TenantId tenant, String username, char[] password, String otp, Actor actor) {
    try {
      CertificateSummary current =
          proven(tenant, username, CertificateStatus.ACTIVE, password, otp, actor);
      return certificates.suspend(
          tenant, current.id(), "suspended by the holder with password and OTP", actor);
    } finally {
      HoldersBean.wipe(password);
    }
  }

  @RolesAllowed({Roles.USER, Roles.SYSTEM})
  @Override
  public CertificateSummary reactivateMine(
      TenantId tenant, String username, char[] password, String otp, Actor actor) {
    try {
      CertificateSummary current =
          proven(tenant, username, CertificateStatus.SUSPENDED, password, otp, actor);
      return certificates.reactivate(
          tenant, current.id(), "reactivated by the holder with password and OTP", actor);
    } finally {
      HoldersBean.wipe(password);
    }
  }

  /**
   * The holder's current certificate after their password and an OTP of the signature device, each
   * counted in its own transaction. A holder whose current certificate is not in the status the
   * change starts from spends neither.
   */
  private CertificateSummary proven(
      TenantId tenant,
      String username,
      CertificateStatus from,
      char[] password,
      String otp,
      Actor actor) {
    Holder holder = holder(username);
    long certificateId =
        holder
            .certificateId()
            .orElseThrow(() -> new SigilloException(SignatureError.NO_CERTIFICATE));
    CertificateSummary before = certificates.get(tenant, certificateId);
    if (before.status() != from) {
      throw new SigilloException(
          CertificateError.TRANSITION_NOT_ALLOWED, certificateId, before.status());
    }
    long deviceId =
        holder
            .signDeviceId()
            .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
    DeviceSummary device =
        registry
            .find(tenant, deviceId)
            .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
    em.detach(holder);
    Require.password(verifications.password(tenant, holder.id(), password, actor));
    Require.signOtp(
        verifications.signOtp(tenant, deviceId, otp, HolderAudit.passwordChecked(actor)),
        device.type());
    return certificates.get(tenant, certificateId);
  }

  private HolderCertificates certificatesOf(TenantId tenant, Holder holder) {
    List<CertificateSummary> all = certificates.certificatesOf(tenant, holder.id());
    Optional<CertificateSummary> current =
        holder.certificateId().flatMap(id -> all.stream().filter(c -> c.id() == id).findFirst());
    return new HolderCertificates(
        overview(holder, current, deviceSerial(tenant, holder)),
        holder.data(),
        all,
        current
            .filter(
                c ->
                    c.status() != CertificateStatus.REVOKED
                        && c.status() != CertificateStatus.EXPIRED)
            .map(c -> renewal(tenant, c)));
  }

  private HolderOverview overview(TenantId tenant, Holder holder) {
    Optional<CertificateSummary> current =
        holder.certificateId().flatMap(id -> Optional.of(certificates.get(tenant, id)));
    return overview(holder, current, deviceSerial(tenant, holder));
  }

  private static HolderOverview overview(
      Holder holder, Optional<CertificateSummary> current, Optional<String> deviceSerial) {
    HolderData data = holder.data();
    return new HolderOverview(
        holder.id(),
        holder.username(),
        data.givenName(),
        data.surname(),
        data.codiceFiscale(),
        holder.status(),
        deviceSerial,
        current.map(CertificateSummary::serialNumber),
        current.map(CertificateSummary::status));
  }

  private Optional<String> deviceSerial(TenantId tenant, Holder holder) {
    return holder.signDeviceId().flatMap(id -> registry.find(tenant, id)).flatMap(d -> d.serial());
  }

  /** The same window as the renewal itself: the tenant's policy as it is now. */
  private RenewalStatus renewal(TenantId tenant, CertificateSummary certificate) {
    int days = policies.current(tenant).renewalWindowDays();
    Instant opens = certificate.notAfter().minus(Duration.ofDays(days));
    Instant now = clock.instant();
    return new RenewalStatus(
        certificate.id(),
        certificate.serialNumber(),
        certificate.notAfter(),
        opens,
        days,
        !now.isBefore(opens) && now.isBefore(certificate.notAfter()));
  }

  private Holder holder(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }
}
