package io.sigillo.signature.infrastructure.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/**
 * Makes a PAdES baseline-B signature. DSS computes what to sign ({@code getDataToSign}), the key
 * store's provider signs it with the key handle (the key never leaves a token), and DSS embeds the
 * value ({@code signDocument}). Both DSS calls get the same parameters object and signing date, and
 * the value is verified before it is embedded: at level B, DSS would otherwise write a broken PDF
 * without complaint.
 */
public final class PadesSigner {

  private PadesSigner() {}

  /**
   * @param reason the /Reason entry of the signature dictionary (shown by PDF readers)
   * @throws GeneralSecurityException if the token refused to sign or the value does not verify
   */
  public static byte[] sign(
      byte[] pdf,
      X509Certificate signer,
      X509Certificate ca,
      PrivateKey key,
      Provider provider,
      Instant signingTime,
      String reason)
      throws GeneralSecurityException {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(signer));
    parameters.setCertificateChain(new CertificateToken(ca));
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    parameters.setReason(reason);
    parameters.setAppName("Sigillo");

    // signing needs no revocation data: the caller has checked the certificate's status
    PAdESService service = new PAdESService(new CommonCertificateVerifier());
    DSSDocument document = new InMemoryDocument(pdf);
    ToBeSigned toBeSigned = service.getDataToSign(document, parameters);

    SignatureAlgorithm algorithm = parameters.getSignatureAlgorithm();
    Signature signature = Signature.getInstance(algorithm.getJCEId(), provider);
    signature.initSign(key);
    signature.update(toBeSigned.getBytes());
    byte[] value = signature.sign();

    Signature check = Signature.getInstance(algorithm.getJCEId());
    check.initVerify(signer.getPublicKey());
    check.update(toBeSigned.getBytes());
    if (!check.verify(value)) {
      throw new GeneralSecurityException("the key store's signature does not verify");
    }
    DSSDocument signed =
        service.signDocument(document, parameters, new SignatureValue(algorithm, value));
    try (InputStream in = signed.openStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new GeneralSecurityException("signed document not readable", e);
    }
  }
}
