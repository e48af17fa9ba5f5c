package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The certificates' status as people act on it: the tenant's operators (at level 2) find holders
 * and suspend, reactivate or revoke a certificate with a reason; a holder suspends or reactivates
 * their own after the remote-signature password and an OTP of the signature device, and sees and
 * downloads their certificates. Every change is audited and the tenant's CRL is republished in the
 * same transaction, so {@code /pki/crl} lists it at once.
 */
@Local
public interface CertificateCare {

  /**
   * Holders whose surname or given name contains the text, or whose tax code, token serial or
   * certificate serial is the text (at most 50). Operators of the tenant at level 2 only ({@link
   * io.sigillo.core.error.PlatformError#STAFF_LEVEL_2_REQUIRED}).
   */
  List<HolderOverview> search(TenantId tenant, String query, Actor actor);

  /** A holder's certificates for the operator ({@link SignatureError#HOLDER_NOT_FOUND}). */
  HolderCertificates holder(TenantId tenant, long holderId, Actor actor);

  /** The operator puts a certificate on hold; the reason is required and audited. */
  CertificateSummary suspend(TenantId tenant, long certificateId, String reason, Actor actor);

  /** The operator takes a suspended certificate off hold, with a reason. */
  CertificateSummary reactivate(TenantId tenant, long certificateId, String reason, Actor actor);

  /** The operator revokes a certificate for good: CRL reason and a free-text reason, audited. */
  CertificateSummary revoke(
      TenantId tenant, long certificateId, RevocationReason crlReason, String reason, Actor actor);

  /**
   * The operator corrects the holder data with a reason, audited under their name: sex, birth date,
   * place and province of birth; names and tax code stay those of the verified identity ({@link
   * SignatureError#HOLDER_DATA_NOT_IDENTITY}), and the whole must agree with the codice fiscale
   * ({@link HolderDataInconsistentException}). A refusal changes nothing.
   */
  HolderCertificates correctHolderData(
      TenantId tenant, long holderId, HolderData data, String reason, Actor actor);

  /** The signed-in holder's own certificates ({@link SignatureError#HOLDER_NOT_FOUND}). */
  HolderCertificates mine(TenantId tenant, String username);

  /**
   * One of the holder's own certificates, DER-encoded; another holder's is {@link
   * CertificateError#CERTIFICATE_NOT_FOUND}.
   */
  byte[] myCertificate(TenantId tenant, String username, long certificateId);

  /** The holder suspends their current certificate now: password, then an OTP (purpose SIGN). */
  CertificateSummary suspendMine(
      TenantId tenant, String username, char[] password, String otp, Actor actor);

  /** The holder reactivates their suspended current certificate: password, then an OTP. */
  CertificateSummary reactivateMine(
      TenantId tenant, String username, char[] password, String otp, Actor actor);
}
