package io.sigillo.signature.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/** Validation of signed PDFs against the tenant's CA and CRL, as any relying party would do it. */
@Local
public interface DocumentValidation {

  /** Validates the (last) signature of the PDF against this tenant's CA and CRL; never throws. */
  SignatureValidation validatePdf(TenantId tenant, byte[] signedPdf);
}
