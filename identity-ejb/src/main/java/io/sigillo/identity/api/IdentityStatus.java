package io.sigillo.identity.api;

/** Life-cycle of an identity. */
public enum IdentityStatus {
  /**
   * Enrolled by an operator, contacts not yet confirmed with the codes sent to them: no login
   * account, vouches for nothing.
   */
  PENDING,
  ACTIVE,
  SUSPENDED,
  REVOKED
}
