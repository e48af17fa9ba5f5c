package io.sigillo.signature.infrastructure.pades;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Validates the signatures of a PDF with DSS against exactly one trust anchor, the tenant's CA, and
 * its current CRL. Nothing is fetched from the network: no AIA, no OCSP, the CRL is given.
 */
public final class PadesValidator {

  private PadesValidator() {}

  public static PdfValidation validate(
      byte[] pdf, X509Certificate ca, byte[] crl, Instant validationTime) {
    CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
    anchors.addCertificate(new CertificateToken(ca));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(anchors);
    verifier.setAIASource(null);
    verifier.setOcspSource(null);
    verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(crl)));

    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
    validator.setCertificateVerifier(verifier);
    validator.setValidationTime(Date.from(validationTime));
    // the diagnostic data then carries the signer certificate's bytes
    validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
    Reports reports = validator.validateDocument();
    List<String> ids = reports.getSimpleReport().getSignatureIdList();
    if (ids.isEmpty()) {
      return PdfValidation.unsigned();
    }
    String last = ids.get(ids.size() - 1);
    SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(last);
    Indication indication = reports.getSimpleReport().getIndication(last);
    SubIndication sub = reports.getSimpleReport().getSubIndication(last);
    CertificateWrapper signer = signature.getSigningCertificate();
    Optional<X509Certificate> signerCertificate =
        signer == null ? Optional.empty() : Optional.of(parse(signer.getBinaries()));
    boolean trusted =
        signerCertificate.isPresent()
            && signer.getCertificateChain().stream().anyMatch(CertificateWrapper::isTrusted);
    return new PdfValidation(
        true,
        signature.isSignatureIntact() && signature.isSignatureValid(),
        trusted,
        signerCertificate,
        Optional.ofNullable(signature.getClaimedSigningTime()).map(Date::toInstant),
        indication + (sub == null ? "" : "/" + sub),
        indication == Indication.TOTAL_PASSED);
  }

  private static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("signer certificate not readable", e);
    }
  }
}
