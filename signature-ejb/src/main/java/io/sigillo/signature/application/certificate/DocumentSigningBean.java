package io.sigillo.signature.application.certificate;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateStatus;
import io.sigillo.signature.api.DocumentValidation;
import io.sigillo.signature.api.SignatureValidation;
import io.sigillo.signature.domain.certificate.HolderCertificate;
import io.sigillo.signature.domain.certificate.SigningGrant;
import io.sigillo.signature.domain.certificate.TenantCa;
import io.sigillo.signature.infrastructure.pades.PadesSigner;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Signs PDFs with holders' keys, one authorised document at a time. The authorisation is checked
 * (hash, expiry, certificate status) and then consumed by one conditional UPDATE in the same
 * transaction as the signature: a failed signature rolls the consumption back, and of two requests
 * with one authorisation the database lets exactly one through.
 *
 * <p>Two local views: the api's {@link DocumentValidation} for the portal, and {@link
 * DocumentSigning} for the holder flows only, which check password and OTP before authorising.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a holder's signatures, through Signatures and RenewalsBean
@RolesAllowed({Roles.USER, Roles.SYSTEM})
public class DocumentSigningBean implements DocumentSigning, DocumentValidation {

  static final Duration AUTHORISATION_LIFETIME = Duration.ofMinutes(5);
  static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(DocumentSigningBean.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REASON = "Firma remota / Remote signature (Sigillo)";

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private SigningKeys keys;
  @Inject private TenantCas cas;
  @Inject private CertificateAudit audit;
  @Inject private PdfValidations validations;

  @Override
  public SigningAuthorisation authorise(
      TenantId tenant, long certificateId, byte[] documentSha256, Actor actor) {
    if (documentSha256 == null || documentSha256.length != 32) {
      throw new SigilloException(CertificateError.DOCUMENT_HASH_MALFORMED);
    }
    Instant now = clock.instant();
    HolderCertificate certificate = usable(certificateId, now);
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    String documentHash = Hashes.hex(documentSha256);
    Instant expires = now.plus(AUTHORISATION_LIFETIME);
    em.persist(
        new SigningGrant(
            tokenHash(id), certificate.id(), documentHash, actor.name(), now, expires));
    audit.record(
        tenant,
        actor,
        "signature.document.authorised",
        certificate.id(),
        "document sha256 " + documentHash);
    return new SigningAuthorisation(id, certificate.id(), documentHash, expires);
  }

  @Override
  public byte[] signPdf(TenantId tenant, String authorisationId, byte[] pdf, Actor actor) {
    requirePdf(pdf);
    SigningGrant grant = grant(authorisationId);
    Instant now = clock.instant();
    if (grant.usedAt().isPresent()) {
      throw new SigilloException(CertificateError.AUTHORISATION_USED);
    }
    if (!now.isBefore(grant.expiresAt())) {
      throw new SigilloException(
          CertificateError.AUTHORISATION_EXPIRED, AUTHORISATION_LIFETIME.toMinutes());
    }
    byte[] digest = Hashes.sha256(pdf);
    if (!MessageDigest.isEqual(digest, HexFormat.of().parseHex(grant.documentSha256()))) {
      throw new SigilloException(CertificateError.DOCUMENT_HASH_MISMATCH);
    }
    HolderCertificate certificate = usable(grant.certificateId(), now);
    if (!consume(tenant, grant, now)) {
      throw new SigilloException(CertificateError.AUTHORISATION_USED);
    }
    TenantCa ca = cas.require(tenant);
    byte[] signed;
    try {
      signed =
          PadesSigner.sign(
              pdf,
              TenantCas.parse(certificate.certificate()),
              cas.certificate(ca),
              keys.privateKey(certificate.keyAlias()),
              keys.provider(),
              now,
              REASON);
    } catch (GeneralSecurityException | RuntimeException e) {
      if (e instanceof SigilloException catalogued) {
        throw catalogued;
      }
      LOG.log(Level.SEVERE, "signature failed for certificate " + certificate.id(), e);
      throw new SigilloException(CertificateError.SIGNING_FAILED);
    }
    audit.record(
        tenant,
        actor,
        "signature.document.signed",
        certificate.id(),
        "document sha256 " + grant.documentSha256() + ", PAdES-B");
    return signed;
  }

  @Override
  public SignatureValidation validatePdf(TenantId tenant, byte[] signedPdf) {
    return validations.validate(tenant, signedPdf);
  }

  private HolderCertificate usable(long certificateId, Instant now) {
    HolderCertificate certificate = em.find(HolderCertificate.class, certificateId);
    if (certificate == null) {
      throw new SigilloException(CertificateError.CERTIFICATE_NOT_FOUND, certificateId);
    }
    CertificateStatus status = certificate.status(now);
    switch (status) {
      case ACTIVE -> {
        return certificate;
      }
      case SUSPENDED ->
          throw new SigilloException(CertificateError.CERTIFICATE_SUSPENDED, certificate.id());
      case REVOKED ->
          throw new SigilloException(CertificateError.CERTIFICATE_REVOKED, certificate.id());
      default ->
          throw new SigilloException(
              CertificateError.CERTIFICATE_EXPIRED, certificate.id(), certificate.notAfter());
    }
  }

  private SigningGrant grant(String authorisationId) {
    if (authorisationId == null || authorisationId.isBlank() || authorisationId.length() > 100) {
      throw new SigilloException(CertificateError.AUTHORISATION_NOT_FOUND);
    }
    return em
        .createNamedQuery("SigningGrant.byToken", SigningGrant.class)
        .setParameter("hash", tokenHash(authorisationId))
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new SigilloException(CertificateError.AUTHORISATION_NOT_FOUND));
  }

  /** The compare-and-set: true for exactly one caller, and only before expiry. */
  private boolean consume(TenantId tenant, SigningGrant grant, Instant now) {
    return em.createNativeQuery(
                "update sign_authorisation set used_at = ?"
                    + " where id = ? and tenant_id = ? and used_at is null and expires_at > ?")
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, grant.id())
            .setParameter(3, tenant.value())
            .setParameter(4, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  private static void requirePdf(byte[] pdf) {
    if (pdf == null || pdf.length < 8) {
      throw new SigilloException(CertificateError.NOT_A_PDF);
    }
    if (pdf.length > MAX_PDF_BYTES) {
      throw new SigilloException(CertificateError.DOCUMENT_TOO_LARGE, MAX_PDF_BYTES / 1024 / 1024);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.getNumberOfPages() < 1) {
        throw new SigilloException(CertificateError.NOT_A_PDF);
      }
    } catch (IOException e) {
      throw new SigilloException(CertificateError.NOT_A_PDF);
    }
  }

  private static String tokenHash(String id) {
    return Hashes.hex(Hashes.sha256(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }
}
