package io.sigillo.otp.api;

/** The outcome of a resynchronisation or of a self-unlock's possession proof. */
public enum ResyncStatus {
  /** Counter or drift set, failures cleared (and, for a self-unlock, the lock lifted). */
  SYNCHRONISED,
  /** Wrong or non-consecutive codes, or outside the search window: nothing changed. */
  NOT_FOUND,
  /** Two codes matched far away: a third consecutive code is needed; nothing changed. */
  THIRD_CODE_NEEDED,
  /** The device is locked: unlock it first. */
  LOCKED,
  NOT_ACTIVE,
  /** Self-unlock only: the quota of self-unlocks in 30 days is used up. */
  QUOTA_EXHAUSTED,
  /** Self-unlock only: the tenant allows no self-unlock, or the device is not locked. */
  NOT_ALLOWED
}
