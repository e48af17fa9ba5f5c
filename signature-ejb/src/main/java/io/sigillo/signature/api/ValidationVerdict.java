package io.sigillo.signature.api;

/** The outcome of validating a signed PDF against the tenant's CA. */
public enum ValidationVerdict {
  /** Intact, made with a certificate of this tenant's CA that was usable when it signed. */
  VALID,
  /** The PDF carries no signature. */
  NOT_SIGNED,
  /** The signed bytes or the signature value do not match: the file was altered. */
  TAMPERED,
  /**
   * Signed with a certificate this tenant's CA did not issue (another tenant's, or a stranger's).
   */
  UNKNOWN_SIGNER,
  /** Signed with a certificate of this tenant that is revoked. */
  CERTIFICATE_REVOKED,
  /** Signed with a certificate of this tenant that is suspended. */
  CERTIFICATE_SUSPENDED,
  /** Signed with a certificate of this tenant that has expired. */
  CERTIFICATE_EXPIRED,
  /** The validator could not conclude (for example an unsupported signature format). */
  INDETERMINATE
}
