package io.sigillo.signature.api;

/**
 * Where a certificate is in its life. {@code EXPIRED} is not stored: a certificate whose validity
 * has ended is reported expired whatever it was before, because time, not an action, ends it.
 */
public enum CertificateStatus {
  /** Issued and usable for signing. */
  ACTIVE,
  /** On hold (CRL reason certificateHold): refused for signing until reactivated. */
  SUSPENDED,
  /** Revoked for good, with a reason; on the CRL forever. */
  REVOKED,
  /** Past its notAfter. */
  EXPIRED
}
