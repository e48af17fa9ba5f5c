package io.sigillo.signature.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * PAdES signatures with holders' keys, each one authorised for one document, and validation of
 * signed PDFs against the tenant's CA.
 */
@Local
public interface DocumentSigning {

  /**
   * Authorises one signature over the document with this SHA-256 (32 bytes) with this certificate.
   * Call it ONLY after checking the holder's remote-signature password and an OTP of purpose SIGN:
   * this module does not know them. The authorisation is short-lived (5 minutes) and single use.
   */
  SigningAuthorisation authorise(
      TenantId tenant, long certificateId, byte[] documentSha256, SignatureActor actor);

  /**
   * Signs the PDF (PAdES-B) with the authorisation's certificate, consuming the authorisation.
   * Refused when the PDF's SHA-256 is not the authorised one, the authorisation is unknown, used or
   * expired, or the certificate is not active.
   *
   * @return the signed PDF
   */
  byte[] signPdf(TenantId tenant, String authorisationId, byte[] pdf, SignatureActor actor);

  /** Validates the (last) signature of the PDF against this tenant's CA and CRL; never throws. */
  SignatureValidation validatePdf(TenantId tenant, byte[] signedPdf);
}
