package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Locale;
import java.util.Optional;

/**
 * Renewal of the holder's certificate from a window before its expiry (the tenant's policy, {@link
 * SignaturePolicies}; by default 90 days): the renewal request form (a PDF with the holder data) is
 * signed with the current certificate after password and OTP, the platform validates that signature
 * and issues a new certificate with a new key.
 *
 * <p>Its refusals, each with its own next step: {@link SignatureError#OTP_OUT_OF_SYNC} (a token out
 * of sync: unlock and resynchronise), {@link HolderDataInconsistentException} (field by field:
 * correct the data), {@link SignatureError#MOBILE_IN_USE} / {@link SignatureError#EMAIL_IN_USE}
 * (the contact belongs to another holder: change contacts).
 */
@Local
public interface Renewals {

  RenewalStatus status(TenantId tenant, String username);

  /**
   * The renewal request form as the holder will sign it, to read before signing.
   *
   * @param portal the tenant's display name, printed on the form
   */
  byte[] form(TenantId tenant, String username, String portal, Locale locale);

  /** The whole renewal; returns the new certificate. */
  CertificateSummary renew(
      TenantId tenant,
      String username,
      char[] password,
      String otp,
      String portal,
      Locale locale,
      Actor actor);

  /** The signed form of the holder's latest renewal, as evidence. */
  Optional<byte[]> signedForm(TenantId tenant, String username);
}
