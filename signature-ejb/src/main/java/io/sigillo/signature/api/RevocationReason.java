package io.sigillo.signature.api;

/**
 * Why a certificate was revoked, as the CRL states it (RFC 5280 CRLReason). Suspension is not here:
 * it is a status of its own, published as certificateHold.
 */
public enum RevocationReason {
  UNSPECIFIED(0),
  KEY_COMPROMISE(1),
  AFFILIATION_CHANGED(3),
  SUPERSEDED(4),
  CESSATION_OF_OPERATION(5),
  PRIVILEGE_WITHDRAWN(9);

  private final int crlReason;

  RevocationReason(int crlReason) {
    this.crlReason = crlReason;
  }

  /** The RFC 5280 CRLReason value. */
  public int crlReason() {
    return crlReason;
  }
}
