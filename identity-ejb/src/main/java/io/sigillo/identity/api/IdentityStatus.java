package io.sigillo.identity.api;

/** Life-cycle of an identity. */
public enum IdentityStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED
}
