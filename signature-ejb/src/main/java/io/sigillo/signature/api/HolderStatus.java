package io.sigillo.signature.api;

/** Where a holder is in the order of a remote-signature certificate. */
public enum HolderStatus {
  /** Holder data, contacts and password accepted; the signature device is still to be chosen. */
  AWAITING_DEVICE,
  /** A signature device is bound and a certificate has been issued. */
  ACTIVE
}
