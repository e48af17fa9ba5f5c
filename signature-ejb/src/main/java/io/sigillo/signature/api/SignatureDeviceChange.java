package io.sigillo.signature.api;

/**
 * What a holder must do about the signature device before signing again. The page of the signature
 * device shows the one step each value calls for.
 */
public enum SignatureDeviceChange {
  /** The device is in use (it may still need an unlock or a resynchronisation). */
  NONE,
  /**
   * The SPID app was re-associated to a new phone: the old app no longer works, and the new one
   * signs once the holder confirms it with the signature password and a code of it.
   */
  CONFIRM_NEW_APP,
  /** The device was revoked or reported lost and nothing took its place yet. */
  REPLACE_DEVICE
}
