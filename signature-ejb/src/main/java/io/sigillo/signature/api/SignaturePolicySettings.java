package io.sigillo.signature.api;

import java.io.Serializable;

/**
 * A tenant's certificate policy as data, set by the platform operator. A tenant without one gets
 * the platform defaults ({@code sigillo.signature.certificate-validity-days} and {@code
 * sigillo.signature.renewal-window-days}).
 *
 * @param certificateValidityDays validity of the certificates issued from now on, by an order or a
 *     renewal: 1..{@value CertificateRequest#MAX_VALIDITY_DAYS}
 * @param renewalWindowDays how many days before expiry renewal is offered: at least 1 and shorter
 *     than the validity
 * @param passwordMinLength the shortest new remote-signature password: 10..64 (defaults {@code
 *     sigillo.signature.password-min-length})
 * @param passwordHistory how many of a holder's latest passwords, the current one included, a new
 *     one must differ from: 0..24 (defaults {@code sigillo.signature.password-history})
 */
public record SignaturePolicySettings(
    int certificateValidityDays, int renewalWindowDays, int passwordMinLength, int passwordHistory)
    implements Serializable {

  /** The same policy with other certificate values, its password rules kept. */
  public SignaturePolicySettings withCertificates(int validityDays, int windowDays) {
    return new SignaturePolicySettings(
        validityDays, windowDays, passwordMinLength, passwordHistory);
  }

  /** The same policy with other password rules, its certificate values kept. */
  public SignaturePolicySettings withPasswords(int minLength, int history) {
    return new SignaturePolicySettings(
        certificateValidityDays, renewalWindowDays, minLength, history);
  }
}
