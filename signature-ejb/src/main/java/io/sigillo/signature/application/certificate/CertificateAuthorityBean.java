package io.sigillo.signature.application.certificate;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateAuthority;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.RevocationReason;
import io.sigillo.signature.domain.certificate.HolderCertificate;
import io.sigillo.signature.domain.certificate.TenantCa;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import io.sigillo.signature.infrastructure.pki.HolderIdentity;
import io.sigillo.signature.infrastructure.pki.X509Builder;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Each tenant's CA: issues certificates for keys generated in the key store and runs their life
 * cycle. Every status change publishes a new CRL in the same transaction, so the CRL served after
 * the change already lists it.
 *
 * <p>Two local views: the api's {@link CertificateAuthority} (reads, CA certificate, CRL) for the
 * portal, and {@link CertificateLifecycle} (issue, status changes) for the holder flows only.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a holder's certificates, issued in the holder's own flows
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SYSTEM})
public class CertificateAuthorityBean implements CertificateAuthority, CertificateLifecycle {

  private static final int MAX_REASON = 500;

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private SigningKeys keys;
  @Inject private TenantCas cas;
  @Inject private PkiSettings settings;
  @Inject private CertificateAudit audit;

  @Override
  public CertificateSummary issue(TenantId tenant, CertificateRequest request, Actor actor) {
    HolderIdentity holder = RequestRules.identity(request);
    TenantCa ca = cas.require(tenant);
    X509Certificate caCertificate = cas.certificate(ca);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant until = now.plus(request.validityDays(), ChronoUnit.DAYS);
    if (until.isAfter(ca.notAfter())) {
      until = ca.notAfter();
    }
    KeyPair pair = keys.generate(SigningKeys.HOLDER_KEY_BITS);
    BigInteger serial = X509Builder.randomSerial();
    X509Certificate certificate =
        X509Builder.holderCertificate(
            holder,
            pair.getPublic(),
            serial,
            caCertificate,
            keys.privateKey(ca.keyAlias()),
            keys.provider(),
            now,
            until,
            settings.urls(),
            tenant);
    String alias = "holder-" + tenant.value() + "-" + serial.toString(16);
    keys.bind(alias, pair.getPrivate(), certificate, caCertificate);
    HolderCertificate stored =
        new HolderCertificate(
            ca.id(),
            request.holderId(),
            serial.toString(16),
            certificate.getSubjectX500Principal().getName(),
            holder.codiceFiscale(),
            alias,
            encoded(certificate),
            now,
            until,
            now);
    em.persist(stored);
    em.flush();
    audit.record(
        tenant,
        actor,
        "signature.certificate.issued",
        stored.id(),
        "holder " + request.holderId() + ", serial " + stored.serialNumber() + ", until " + until);
    return Summaries.of(stored, ca.subject(), clock.instant());
  }

  @Override
  public Optional<CertificateSummary> find(TenantId tenant, long certificateId) {
    return Optional.ofNullable(em.find(HolderCertificate.class, certificateId))
        .map(c -> Summaries.of(c, issuer(), clock.instant()));
  }

  @Override
  public CertificateSummary get(TenantId tenant, long certificateId) {
    return Summaries.of(load(certificateId), issuer(), clock.instant());
  }

  @Override
  public List<CertificateSummary> certificatesOf(TenantId tenant, long holderId) {
    String issuer = issuer();
    Instant now = clock.instant();
    return em
        .createNamedQuery("HolderCertificate.byHolder", HolderCertificate.class)
        .setParameter("holder", holderId)
        .getResultList()
        .stream()
        .map(c -> Summaries.of(c, issuer, now))
        .toList();
  }

  // staff or the platform, never the holder alone
  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public CertificateSummary suspend(
      TenantId tenant, long certificateId, String reason, Actor actor) {
    String why = reason(reason);
    return change(
        tenant,
        certificateId,
        actor,
        "signature.certificate.suspended",
        why,
        (c, now) -> c.suspend(now));
  }

  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public CertificateSummary reactivate(
      TenantId tenant, long certificateId, String reason, Actor actor) {
    String why = reason(reason);
    return change(
        tenant,
        certificateId,
        actor,
        "signature.certificate.reactivated",
        why,
        (c, now) -> c.reactivate(now));
  }

  @RolesAllowed({Roles.OPERATOR, Roles.SYSTEM})
  @Override
  public CertificateSummary revoke(
      TenantId tenant, long certificateId, RevocationReason reason, Actor actor) {
    if (reason == null) {
      throw new SigilloException(CertificateError.REASON_REQUIRED);
    }
    return change(
        tenant,
        certificateId,
        actor,
        "signature.certificate.revoked",
        reason.name(),
        (c, now) -> c.revoke(reason, now));
  }

  @RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
  @Override
  public byte[] certificate(TenantId tenant, long certificateId) {
    return load(certificateId).certificate();
  }

  // the CA certificate is public (AIA URL in every certificate, /pki)
  @PermitAll
  @Override
  public byte[] caCertificate(TenantId tenant) {
    return cas.require(tenant).certificate();
  }

  // the CRL is public (CRL distribution point, /pki): relying parties fetch it anonymously
  @PermitAll
  @Override
  public byte[] crl(TenantId tenant) {
    return cas.currentCrl(tenant);
  }

  private CertificateSummary change(
      TenantId tenant,
      long certificateId,
      Actor actor,
      String action,
      String detail,
      BiPredicate<HolderCertificate, Instant> transition) {
    HolderCertificate certificate = load(certificateId);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    CertificateStatus before = certificate.status(now);
    if (!transition.test(certificate, now)) {
      throw new SigilloException(CertificateError.TRANSITION_NOT_ALLOWED, certificateId, before);
    }
    em.flush();
    TenantCa ca = cas.require(tenant);
    cas.publish(ca);
    audit.record(tenant, actor, action, certificateId, before + " → " + detail);
    return Summaries.of(certificate, ca.subject(), clock.instant());
  }

  private HolderCertificate load(long certificateId) {
    HolderCertificate certificate = em.find(HolderCertificate.class, certificateId);
    if (certificate == null) {
      throw new SigilloException(CertificateError.CERTIFICATE_NOT_FOUND, certificateId);
    }
    return certificate;
  }

  private String issuer() {
    return cas.find().map(TenantCa::subject).orElse("");
  }

  private static String reason(String reason) {
    String why = Objects.requireNonNullElse(reason, "").strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new SigilloException(CertificateError.REASON_REQUIRED);
    }
    return why;
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("certificate not encodable", e);
    }
  }
}
