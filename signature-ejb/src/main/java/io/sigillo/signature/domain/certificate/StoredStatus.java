package io.sigillo.signature.domain.certificate;

/** The certificate states that are stored; expiry is computed, never stored. */
public enum StoredStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED
}
