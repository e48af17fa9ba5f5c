package io.sigillo.it.signature;

import static io.sigillo.it.signature.SigningTools.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.Pdfs;
import io.sigillo.signature.api.CertificateAuthority;
import io.sigillo.signature.api.CertificateError;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.DocumentValidation;
import io.sigillo.signature.api.RevocationReason;
import io.sigillo.signature.api.SignatureValidation;
import io.sigillo.signature.api.ValidationVerdict;
import io.sigillo.signature.application.certificate.CertificateLifecycle;
import io.sigillo.signature.application.certificate.DocumentSigning;
import io.sigillo.signature.application.certificate.SigningAuthorisation;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PAdES signing with the key in the SoftHSM2 token, through the EJB api: pdfsig (poppler + NSS)
 * confirms the signature and the trust in the tenant CA, DSS validation gives the renewal flow its
 * verdict, and every refusal is its own code: a reused, expired or foreign authorisation, another
 * document, a suspended or revoked certificate.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class DocumentSigningIT {

  private static final Logger LOG = Logger.getLogger(DocumentSigningIT.class.getName());
  private static final Actor HOLDER = Actor.person("it-holder", "it-sign", Assurance.LEVEL_1);
  private static final AtomicLong HOLDERS = new AtomicLong(5000);

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private CertificateAuthority authority;
  @Inject private CertificateLifecycle certificates;
  @Inject private DocumentSigning signing;
  @Inject private DocumentValidation validator;
  @Inject private PlatformClock clock;
  @Inject private io.sigillo.core.audit.AuditLog audit;

  @Resource private ManagedExecutorService executor;

  @AfterEach
  void backToRealTime() {
    clock.reset();
  }

  private static TenantId freshTenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private CertificateSummary issue(TenantId tenant) {
    return certificates.issue(
        tenant,
        new CertificateRequest(
            HOLDERS.incrementAndGet(), "Giulia", "Bianchi", "BNCGLI90A41H501U", null, 365),
        HOLDER);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] sign(TenantId tenant, long certificateId, byte[] pdf) {
    SigningAuthorisation authorisation =
        signing.authorise(tenant, certificateId, sha256(pdf), HOLDER);
    return signing.signPdf(tenant, authorisation.id(), pdf, HOLDER);
  }

  private static CertificateError code(Runnable call) {
    return (CertificateError) assertThrows(SigilloException.class, call::run).code();
  }

  @Test
  void theSignedPdfIsValidAndTrustedForPdfsigAndValidForTheTenant() throws Exception {
    TenantId tenant = freshTenant("sign");
    CertificateSummary certificate = issue(tenant);
    byte[] pdf = Pdfs.onePage("Contratto di prova " + tenant);

    byte[] signed = sign(tenant, certificate.id(), pdf);

    SigningTools tools = new SigningTools();
    String nss = tools.nssTrusting("nss", authority.caCertificate(tenant), null);
    String report = tools.pdfsig(nss, signed, "signed.pdf");
    contains(
        report,
        "Signature is Valid.",
        "Certificate is Trusted.",
        "GIULIA BIANCHI",
        "Signature Type: ETSI.CAdES.detached");
    SignatureValidation validation = validator.validatePdf(tenant, signed);
    assertEquals(ValidationVerdict.VALID, validation.verdict(), validation.indication());
    assertEquals(java.util.Optional.of(certificate.id()), validation.certificateId());
    assertEquals(java.util.Optional.of("BNCGLI90A41H501U"), validation.codiceFiscale());
    assertTrue(validation.signingTime().isPresent());

    byte[] tampered = signed.clone();
    // one letter of the signature dictionary (its /Reason), which is inside the signed byte range
    int at = new String(tampered, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Sigillo");
    assertTrue(at > 0);
    tampered[at] = (byte) 's';
    contains(tools.pdfsig(nss, tampered, "tampered.pdf"), "Digest Mismatch.");
    assertEquals(ValidationVerdict.TAMPERED, validator.validatePdf(tenant, tampered).verdict());
    assertEquals(ValidationVerdict.NOT_SIGNED, validator.validatePdf(tenant, pdf).verdict());
    List<String> actions =
        audit.recent(tenant, 20).stream().map(io.sigillo.core.audit.AuditEvent::action).toList();
    assertTrue(actions.contains("signature.certificate.issued"), actions::toString);
    assertTrue(actions.contains("signature.document.authorised"), actions::toString);
    assertTrue(actions.contains("signature.document.signed"), actions::toString);
  }

  @Test
  void anAuthorisationSignsOnceEvenWhenTwoRequestsRace() throws Exception {
    TenantId tenant = freshTenant("once");
    CertificateSummary certificate = issue(tenant);
    byte[] pdf = Pdfs.onePage("Una sola firma");
    SigningAuthorisation authorisation =
        signing.authorise(tenant, certificate.id(), sha256(pdf), HOLDER);

    List<Future<byte[]>> racing = new ArrayList<>();
    Callable<byte[]> attempt = () -> signing.signPdf(tenant, authorisation.id(), pdf, HOLDER);
    racing.add(executor.submit(attempt));
    racing.add(executor.submit(attempt));
    int signedCount = 0;
    List<Object> refusals = new ArrayList<>();
    for (Future<byte[]> outcome : racing) {
      try {
        assertTrue(outcome.get().length > 0);
        signedCount++;
      } catch (ExecutionException e) {
        refusals.add(((SigilloException) e.getCause()).code());
      }
    }
    assertEquals(1, signedCount);
    assertEquals(List.of(CertificateError.AUTHORISATION_USED), refusals);
    assertEquals(
        CertificateError.AUTHORISATION_USED,
        code(() -> signing.signPdf(tenant, authorisation.id(), pdf, HOLDER)));
  }

  @Test
  void anotherDocumentIsRefusedAndTheAuthorisedOneCanStillBeSigned() throws Exception {
    TenantId tenant = freshTenant("hash");
    CertificateSummary certificate = issue(tenant);
    byte[] authorised = Pdfs.onePage("Documento autorizzato");
    byte[] other = Pdfs.onePage("Documento diverso");
    SigningAuthorisation authorisation =
        signing.authorise(tenant, certificate.id(), sha256(authorised), HOLDER);

    assertEquals(
        CertificateError.DOCUMENT_HASH_MISMATCH,
        code(() -> signing.signPdf(tenant, authorisation.id(), other, HOLDER)));
    assertTrue(signing.signPdf(tenant, authorisation.id(), authorised, HOLDER).length > 0);
    assertEquals(
        CertificateError.DOCUMENT_HASH_MALFORMED,
        code(() -> signing.authorise(tenant, certificate.id(), new byte[20], HOLDER)));
    byte[] notPdf =
        "not a pdf at all, just text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    SigningAuthorisation forText =
        signing.authorise(tenant, certificate.id(), sha256(notPdf), HOLDER);
    assertEquals(
        CertificateError.NOT_A_PDF,
        code(() -> signing.signPdf(tenant, forText.id(), notPdf, HOLDER)));
    assertEquals(
        CertificateError.AUTHORISATION_NOT_FOUND,
        code(() -> signing.signPdf(tenant, "no-such-authorisation", authorised, HOLDER)));
  }

  @Test
  void anAuthorisationExpiresAfterFiveMinutes() throws Exception {
    TenantId tenant = freshTenant("late");
    CertificateSummary certificate = issue(tenant);
    byte[] pdf = Pdfs.onePage("Firma in ritardo");
    SigningAuthorisation authorisation =
        signing.authorise(tenant, certificate.id(), sha256(pdf), HOLDER);

    clock.travel(Duration.ofMinutes(6));

    assertEquals(
        CertificateError.AUTHORISATION_EXPIRED,
        code(() -> signing.signPdf(tenant, authorisation.id(), pdf, HOLDER)));
  }

  @Test
  void suspendedAndRevokedCertificatesDoNotSign() throws Exception {
    TenantId tenant = freshTenant("state");
    CertificateSummary certificate = issue(tenant);
    byte[] pdf = Pdfs.onePage("Firma con certificato sospeso");
    SigningAuthorisation before = signing.authorise(tenant, certificate.id(), sha256(pdf), HOLDER);

    certificates.suspend(tenant, certificate.id(), "suspected misuse", HOLDER);
    assertEquals(
        CertificateError.CERTIFICATE_SUSPENDED,
        code(() -> signing.signPdf(tenant, before.id(), pdf, HOLDER)));
    assertEquals(
        CertificateError.CERTIFICATE_SUSPENDED, code(() -> sign(tenant, certificate.id(), pdf)));

    certificates.reactivate(tenant, certificate.id(), "cleared", HOLDER);
    assertTrue(signing.signPdf(tenant, before.id(), pdf, HOLDER).length > 0);

    certificates.revoke(tenant, certificate.id(), RevocationReason.KEY_COMPROMISE, HOLDER);
    assertEquals(
        CertificateError.CERTIFICATE_REVOKED, code(() -> sign(tenant, certificate.id(), pdf)));
  }

  @Test
  void aSignatureOfARevokedCertificateIsReportedRevokedByDssAndPdfsig() throws Exception {
    TenantId tenant = freshTenant("rev");
    CertificateSummary certificate = issue(tenant);
    byte[] signed = sign(tenant, certificate.id(), Pdfs.onePage("Poi revocato"));

    certificates.suspend(tenant, certificate.id(), "holder asked", HOLDER);
    assertEquals(
        ValidationVerdict.CERTIFICATE_SUSPENDED, validator.validatePdf(tenant, signed).verdict());
    certificates.reactivate(tenant, certificate.id(), "holder asked again", HOLDER);
    assertEquals(ValidationVerdict.VALID, validator.validatePdf(tenant, signed).verdict());

    certificates.revoke(tenant, certificate.id(), RevocationReason.KEY_COMPROMISE, HOLDER);

    assertEquals(
        ValidationVerdict.CERTIFICATE_REVOKED, validator.validatePdf(tenant, signed).verdict());
    SigningTools tools = new SigningTools();
    String nss =
        tools.nssTrusting("nss-crl", authority.caCertificate(tenant), authority.crl(tenant));
    contains(
        tools.pdfsig(nss, signed, "revoked.pdf"),
        "Signature is Valid.",
        "Certificate has been Revoked.");
  }

  @Test
  void aSecondHolderIssuedAfterTheLastCrlValidatesToo() throws Exception {
    TenantId tenant = freshTenant("later");
    CertificateSummary first = issue(tenant);
    byte[] firstSigned = sign(tenant, first.id(), Pdfs.onePage("Primo modulo di rinnovo"));
    assertEquals(ValidationVerdict.VALID, validator.validatePdf(tenant, firstSigned).verdict());

    // the tenant's CRL stays the one published with its CA; the second certificate comes later
    clock.travel(Duration.ofMinutes(1));
    CertificateSummary second = issue(tenant);
    byte[] secondSigned = sign(tenant, second.id(), Pdfs.onePage("Secondo modulo di rinnovo"));

    SignatureValidation validation = validator.validatePdf(tenant, secondSigned);
    assertEquals(ValidationVerdict.VALID, validation.verdict(), validation.indication());
    assertEquals(java.util.Optional.of(second.id()), validation.certificateId());
    assertEquals(ValidationVerdict.VALID, validator.validatePdf(tenant, firstSigned).verdict());
  }

  @Test
  void nothingCrossesTenants() throws Exception {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    CertificateSummary certificate = issue(alpha);
    byte[] pdf = Pdfs.onePage("Documento di alpha");
    SigningAuthorisation authorisation =
        signing.authorise(alpha, certificate.id(), sha256(pdf), HOLDER);

    assertEquals(
        CertificateError.AUTHORISATION_NOT_FOUND,
        code(() -> signing.signPdf(beta, authorisation.id(), pdf, HOLDER)));
    assertEquals(
        CertificateError.CERTIFICATE_NOT_FOUND, code(() -> sign(beta, certificate.id(), pdf)));
    byte[] signed = signing.signPdf(alpha, authorisation.id(), pdf, HOLDER);
    SignatureValidation elsewhere = validator.validatePdf(beta, signed);
    assertEquals(ValidationVerdict.UNKNOWN_SIGNER, elsewhere.verdict());
    assertTrue(elsewhere.certificateId().isEmpty());
  }

  @Test
  void signsOneDocumentAfterAnotherWithTheTokenKey() throws Exception {
    TenantId tenant = freshTenant("many");
    CertificateSummary certificate = issue(tenant);
    int count = 15;
    long[] millis = new long[count];
    for (int i = 0; i < count; i++) {
      byte[] pdf = Pdfs.onePage("Documento numero " + i);
      long start = System.nanoTime();
      byte[] signed = sign(tenant, certificate.id(), pdf);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      assertEquals(ValidationVerdict.VALID, validator.validatePdf(tenant, signed).verdict());
    }
    long[] sorted = millis.clone();
    java.util.Arrays.sort(sorted);
    // a figure for the report, not an assertion: timings depend on the machine's load
    LOG.info(
        () ->
            "authorise+sign, "
                + count
                + " PDFs: first "
                + millis[0]
                + " ms, median "
                + sorted[count / 2]
                + " ms, max "
                + sorted[count - 1]
                + " ms");
    System.out.println(
        "SIGNING-FIGURES median="
            + sorted[count / 2]
            + "ms first="
            + millis[0]
            + "ms max="
            + sorted[count - 1]
            + "ms");
  }
}
