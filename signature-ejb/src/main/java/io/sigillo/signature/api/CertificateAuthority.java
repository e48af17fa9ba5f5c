package io.sigillo.signature.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Optional;

/**
 * What each tenant's internal certification authority shows to the portal: a holder's certificate
 * by id, the CA certificate and the CRL (the public repository relying parties fetch). The CA
 * itself is created on the tenant's first use.
 *
 * <p>Issuing and status changes (suspend, reactivate, revoke) are not here: a certificate is issued
 * only inside the holder flows, after the proofs each one requires (the order's signature device,
 * the renewal's password and OTP), and no page or endpoint changes a certificate's status.
 */
@Local
public interface CertificateAuthority {

  Optional<CertificateSummary> find(TenantId tenant, long certificateId);

  /** The tenant's CA certificate, DER-encoded (creates the CA on first use). */
  byte[] caCertificate(TenantId tenant);

  /** The tenant's current CRL, DER-encoded; a new one is published when the last is due. */
  byte[] crl(TenantId tenant);
}
