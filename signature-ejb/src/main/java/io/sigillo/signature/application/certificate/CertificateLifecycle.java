package io.sigillo.signature.application.certificate;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateRequest;
import io.sigillo.signature.api.CertificateSummary;
import io.sigillo.signature.api.RevocationReason;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The certificates' life cycle in the tenant's CA: issuing holders' signing certificates, whose key
 * pairs are generated inside the key store (an HSM token in production) and never leave it, and
 * changing their status on the CRL. Not in the api: none of these checks who may ask; the holder
 * flows ({@code application.holder}) call them after their own proofs.
 *
 * <p>Every change is audited. Errors are {@link io.sigillo.signature.api.CertificateError} codes.
 */
@Local
public interface CertificateLifecycle {

  /** A new key pair in the key store and a certificate for it, active at once. */
  CertificateSummary issue(TenantId tenant, CertificateRequest request, Actor actor);

  /**
   * @throws io.sigillo.core.error.SigilloException {@link
   *     io.sigillo.signature.api.CertificateError#CERTIFICATE_NOT_FOUND}
   */
  CertificateSummary get(TenantId tenant, long certificateId);

  /** The holder's certificates, newest first, in every status. */
  List<CertificateSummary> certificatesOf(TenantId tenant, long holderId);

  /** The certificate, DER-encoded. */
  byte[] certificate(TenantId tenant, long certificateId);

  /** Puts an active certificate on hold (certificateHold on the CRL); the reason is audited. */
  CertificateSummary suspend(TenantId tenant, long certificateId, String reason, Actor actor);

  /** Takes a suspended certificate off hold. */
  CertificateSummary reactivate(TenantId tenant, long certificateId, String reason, Actor actor);

  /** Revokes an active or suspended certificate for good. */
  CertificateSummary revoke(
      TenantId tenant, long certificateId, RevocationReason reason, Actor actor);
}
