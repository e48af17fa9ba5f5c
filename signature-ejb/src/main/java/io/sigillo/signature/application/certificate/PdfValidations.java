package io.sigillo.signature.application.certificate;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.SignatureValidation;
import io.sigillo.signature.api.ValidationVerdict;
import io.sigillo.signature.domain.certificate.HolderCertificate;
import io.sigillo.signature.domain.certificate.TenantCa;
import io.sigillo.signature.infrastructure.pades.PadesValidator;
import io.sigillo.signature.infrastructure.pades.PdfValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Validation of a signed PDF for the renewal flow: DSS checks integrity and the chain against the
 * tenant's CA and CRL; this module's own records then say whether the signer certificate is one of
 * the tenant's and what its status is now. A certificate issued by another tenant's CA never
 * validates here, whatever its subject says.
 */
@ApplicationScoped
public class PdfValidations {

  private static final Logger LOG = Logger.getLogger(PdfValidations.class.getName());

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private TenantCas cas;

  SignatureValidation validate(TenantId tenant, byte[] pdf) {
    if (pdf == null || pdf.length < 8 || pdf.length > DocumentSigningBean.MAX_PDF_BYTES) {
      return verdict(ValidationVerdict.NOT_SIGNED, Optional.empty(), "NOT_A_PDF");
    }
    Instant now = clock.instant();
    TenantCa ca = cas.require(tenant);
    X509Certificate caCertificate = cas.certificate(ca);
    byte[] crl = cas.currentCrl(tenant);
    PdfValidation found;
    try {
      found = PadesValidator.validate(pdf, caCertificate, crl, now);
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "PDF not validated", e);
      return verdict(ValidationVerdict.NOT_SIGNED, Optional.empty(), "NOT_A_SIGNED_PDF");
    }
    if (predatesOurSigner(crl, found, caCertificate, now)) {
      // DSS accepts no revocation data issued before the certificate it covers
      // (BBB_XCV_REVOC_AFTER_CERT_NOT_BEFORE), and issuing does not republish the CRL: a
      // certificate issued after the last CRL would stay INDETERMINATE until the CRL is due.
      // The CA publishes on demand, so a fresh CRL is published and the PDF checked again.
      found = PadesValidator.validate(pdf, caCertificate, cas.publish(ca), now);
    }
    if (!found.signed()) {
      return verdict(ValidationVerdict.NOT_SIGNED, Optional.empty(), found.indication());
    }
    if (found.signer().isEmpty()) {
      return verdict(ValidationVerdict.INDETERMINATE, Optional.empty(), found.indication());
    }
    X509Certificate signer = found.signer().get();
    if (!found.intact()) {
      return result(ValidationVerdict.TAMPERED, Optional.empty(), signer, found);
    }
    if (!issuedBy(signer, caCertificate)) {
      return result(ValidationVerdict.UNKNOWN_SIGNER, Optional.empty(), signer, found);
    }
    Optional<HolderCertificate> ours =
        em
            .createNamedQuery("HolderCertificate.bySerial", HolderCertificate.class)
            .setParameter("serial", signer.getSerialNumber().toString(16))
            .getResultList()
            .stream()
            .findFirst();
    if (ours.isEmpty()) {
      return result(ValidationVerdict.UNKNOWN_SIGNER, Optional.empty(), signer, found);
    }
    CertificateStatus status = ours.get().status(now);
    ValidationVerdict verdict =
        switch (status) {
          case REVOKED -> ValidationVerdict.CERTIFICATE_REVOKED;
          case SUSPENDED -> ValidationVerdict.CERTIFICATE_SUSPENDED;
          case EXPIRED -> ValidationVerdict.CERTIFICATE_EXPIRED;
          case ACTIVE ->
              found.passed() && found.trusted()
                  ? ValidationVerdict.VALID
                  : ValidationVerdict.INDETERMINATE;
        };
    return result(verdict, Optional.of(ours.get().id()), signer, found);
  }

  /**
   * Whether the CRL was issued before the signer certificate of this CA, while that certificate is
   * already valid (a CRL published now would then cover it).
   */
  private static boolean predatesOurSigner(
      byte[] crl, PdfValidation found, X509Certificate caCertificate, Instant now) {
    if (found.signer().isEmpty() || !issuedBy(found.signer().get(), caCertificate)) {
      return false;
    }
    Instant notBefore = found.signer().get().getNotBefore().toInstant();
    return !now.isBefore(notBefore) && thisUpdate(crl).isBefore(notBefore);
  }

  private static Instant thisUpdate(byte[] crl) {
    try {
      return ((X509CRL)
              CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crl)))
          .getThisUpdate()
          .toInstant();
    } catch (CertificateException | CRLException e) {
      throw new IllegalStateException("published CRL not readable", e);
    }
  }

  private static boolean issuedBy(X509Certificate signer, X509Certificate ca) {
    if (!signer.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
      return false;
    }
    try {
      signer.verify(ca.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static SignatureValidation result(
      ValidationVerdict verdict,
      Optional<Long> certificateId,
      X509Certificate signer,
      PdfValidation found) {
    return new SignatureValidation(
        verdict,
        certificateId,
        taxCode(signer),
        Optional.of(signer.getSubjectX500Principal().getName()),
        found.signingTime(),
        found.indication());
  }

  private static SignatureValidation verdict(
      ValidationVerdict verdict, Optional<Long> certificateId, String indication) {
    return new SignatureValidation(
        verdict, certificateId, Optional.empty(), Optional.empty(), Optional.empty(), indication);
  }

  /** The codice fiscale from the subject's serialNumber, {@code TINIT-<code>}. */
  static Optional<String> taxCode(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    for (RDN rdn : subject.getRDNs(BCStyle.SERIALNUMBER)) {
      String value = IETFUtils.valueToString(rdn.getFirst().getValue());
      if (value.startsWith("TINIT-")) {
        return Optional.of(value.substring("TINIT-".length()));
      }
    }
    return Optional.empty();
  }
}
