package io.sigillo.signature.api;

import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Each tenant's internal certification authority: issues holders' signing certificates, whose key
 * pairs are generated inside the key store (an HSM token in production) and never leave it, and
 * runs their life cycle and the CRL. The CA itself is created on the tenant's first use.
 *
 * <p>Every change is audited. Errors are {@link CertificateError} codes.
 */
@Local
public interface CertificateAuthority {

  /** A new key pair in the key store and a certificate for it, active at once. */
  CertificateSummary issue(TenantId tenant, CertificateRequest request, SignatureActor actor);

  Optional<CertificateSummary> find(TenantId tenant, long certificateId);

  /**
   * @throws io.sigillo.core.error.SigilloException {@link CertificateError#CERTIFICATE_NOT_FOUND}
   */
  CertificateSummary get(TenantId tenant, long certificateId);

  /** The holder's certificates, newest first, in every status. */
  List<CertificateSummary> certificatesOf(TenantId tenant, long holderId);

  /** Puts an active certificate on hold (certificateHold on the CRL); the reason is audited. */
  CertificateSummary suspend(
      TenantId tenant, long certificateId, String reason, SignatureActor actor);

  /** Takes a suspended certificate off hold. */
  CertificateSummary reactivate(
      TenantId tenant, long certificateId, String reason, SignatureActor actor);

  /** Revokes an active or suspended certificate for good. */
  CertificateSummary revoke(
      TenantId tenant, long certificateId, RevocationReason reason, SignatureActor actor);

  /** The certificate, DER-encoded. */
  byte[] certificate(TenantId tenant, long certificateId);

  /** The tenant's CA certificate, DER-encoded (creates the CA on first use). */
  byte[] caCertificate(TenantId tenant);

  /** The tenant's current CRL, DER-encoded; a new one is published when the last is due. */
  byte[] crl(TenantId tenant);
}
