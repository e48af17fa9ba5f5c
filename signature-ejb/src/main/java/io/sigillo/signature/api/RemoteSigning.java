package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * A holder signs a PDF of their own with their current certificate: the remote-signature password
 * and an OTP of the signature device (purpose SIGN) authorise exactly that document's SHA-256,
 * once, and the PAdES signature is made with the key that never leaves the key store.
 */
@Local
public interface RemoteSigning {

  /** The largest PDF accepted for signing. */
  int MAX_PDF_BYTES = 5 * 1024 * 1024;

  /**
   * @return the signed PDF
   */
  byte[] signPdf(
      TenantId tenant, String username, byte[] pdf, char[] password, String otp, Actor actor);
}
