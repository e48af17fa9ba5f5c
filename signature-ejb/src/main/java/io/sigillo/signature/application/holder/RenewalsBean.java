package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.api.DocumentValidation;
import io.sigillo.signature.api.HolderDataCheck;
import io.sigillo.signature.api.RenewalStatus;
import io.sigillo.signature.api.Renewals;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignatureValidation;
import io.sigillo.signature.domain.holder.Holder;
import io.sigillo.signature.domain.holder.RenewalRequest;
import io.sigillo.signature.infrastructure.forms.RenewalForm;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Renewal by signed form. Holder data and contacts are checked first, before the holder spends a
 * password attempt and an OTP: data imported from an earlier system may disagree with the codice
 * fiscale, and its contacts may meanwhile belong to another holder. Then the form is signed with
 * the current certificate, the signature is validated as any relying party would (DSS, against the
 * tenant's CA and CRL), and a new certificate with a new key pair is issued. The old certificate
 * stays valid until it expires, so documents in flight are not disturbed.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// the holder renews their own certificate
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class RenewalsBean implements Renewals {

  private static final Logger LOG = Logger.getLogger(RenewalsBean.class.getName());
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Signatures signatures;
  @Inject private HolderDataCheck dataCheck;
  @Inject private ContactRegistry contacts;
  @Inject private DocumentValidation validator;
  @Inject private SignaturePolicies policies;
  @Inject private HolderAudit audit;
  @Inject private CertificateIssuance issuance;
  @Inject private Clock clock;

  @Override
  public RenewalStatus status(TenantId tenant, String username) {
    Holder holder = holder(username);
    return status(tenant, signatures.usableCertificate(tenant, holder));
  }

  @Override
  public byte[] form(TenantId tenant, String username, String portal, Locale locale) {
    Holder holder = holder(username);
    return form(holder, signatures.usableCertificate(tenant, holder), portal, locale);
  }

  @Override
  public CertificateSummary renew(
      TenantId tenant,
      String username,
      char[] password,
      String otp,
      String portal,
      Locale locale,
      Actor actor) {
    try {
      Holder holder = holder(username);
      CertificateSummary current = signatures.usableCertificate(tenant, holder);
      RenewalStatus status = status(tenant, current);
      if (!status.open()) {
        throw new SigilloException(
            SignatureError.RENEWAL_NOT_YET,
            DAY.format(status.windowOpensAt()),
            status.windowDays());
      }
      dataCheck.requireConsistent(holder.data());
      for (ContactKind kind : ContactKind.values()) {
        contacts.requireFree(em, tenant, holder.id(), kind, holder.contact(kind));
      }
      byte[] form = form(holder, current, portal, locale);
      em.detach(holder);
      byte[] signed = signatures.sign(tenant, holder, current, form, password, otp, actor);
      SignatureValidation validation = validator.validatePdf(tenant, signed);
      if (!validation.valid() || !validation.certificateId().equals(Optional.of(current.id()))) {
        LOG.warning(
            () ->
                "["
                    + actor.correlationId()
                    + "] renewal form of holder "
                    + holder.id()
                    + " not validated: "
                    + validation.verdict()
                    + " "
                    + validation.indication()
                    + " signer certificate "
                    + validation.certificateId().map(String::valueOf).orElse("-"));
        throw new SigilloException(
            SignatureError.RENEWAL_SIGNATURE_INVALID, validation.verdict().name());
      }
      Holder renewing = holder(username);
      Instant now = clock.instant();
      for (ContactKind kind : ContactKind.values()) {
        contacts.claim(em, tenant, renewing.id(), kind, renewing.contact(kind), now);
      }
      CertificateSummary renewed =
          issuance.issue(
              tenant, renewing, policies.current(tenant).certificateValidityDays(), actor);
      em.persist(new RenewalRequest(renewing.id(), current.id(), renewed.id(), signed, now));
      audit.record(
          tenant,
          actor,
          "signature.certificate.renewed",
          renewing.id(),
          "certificate " + current.serialNumber() + " renewed as " + renewed.serialNumber());
      return renewed;
    } finally {
      HoldersBean.wipe(password);
    }
  }

  @Override
  public Optional<byte[]> signedForm(TenantId tenant, String username) {
    Holder holder = holder(username);
    return em.createNamedQuery("RenewalRequest.latestOf", RenewalRequest.class)
        .setParameter("holder", holder.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RenewalRequest::signedForm);
  }

  /** The window is the tenant's as it is now, also for certificates issued under another one. */
  private RenewalStatus status(TenantId tenant, CertificateSummary certificate) {
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

  private byte[] form(Holder holder, CertificateSummary current, String portal, Locale locale) {
    return RenewalForm.render(
        portal,
        holder.data(),
        holder.contact(ContactKind.EMAIL),
        holder.contact(ContactKind.MOBILE),
        current.serialNumber(),
        current.notAfter(),
        clock.instant(),
        locale);
  }

  private Holder holder(String username) {
    return em.createNamedQuery("Holder.byUsername", Holder.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(SignatureError.HOLDER_NOT_FOUND));
  }
}
