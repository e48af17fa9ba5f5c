package io.sigillo.identity.api;

/** Where one credential stands, as the credential management page explains it. */
public enum CredentialState {
  ACTIVE,
  /** The association of a new app was started and its first code not yet typed in. */
  PENDING,
  NOT_CONFIGURED,
  /** Too many wrong codes: refused until unlocked. */
  LOCKED,
  /** Suspended with the whole level 2, after a recovery. */
  SUSPENDED
}
