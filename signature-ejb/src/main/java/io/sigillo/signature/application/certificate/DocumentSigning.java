package io.sigillo.signature.application.certificate;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * PAdES signatures with holders' keys, each one authorised for one document. Not in the api: an
 * authorisation is safe only after the holder's remote-signature password and an OTP of purpose
 * SIGN, which this package does not know; the flows of {@code application.holder} check them first
 * ({@link io.sigillo.signature.api.RemoteSigning}, {@link io.sigillo.signature.api.Renewals}).
 */
@Local
public interface DocumentSigning {

  /**
   * Authorises one signature over the document with this SHA-256 (32 bytes) with this certificate.
   * The authorisation is short-lived (5 minutes) and single use.
   */
  SigningAuthorisation authorise(
      TenantId tenant, long certificateId, byte[] documentSha256, Actor actor);

  /**
   * Signs the PDF (PAdES-B) with the authorisation's certificate, consuming the authorisation.
   * Refused when the PDF's SHA-256 is not the authorised one, the authorisation is unknown, used or
   * expired, or the certificate is not active.
   *
   * @return the signed PDF
   */
  byte[] signPdf(TenantId tenant, String authorisationId, byte[] pdf, Actor actor);
}
