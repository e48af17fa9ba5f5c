package io.sigillo.signature.api;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to the holder's unlock or resynchronisation of the signature device. It names no
 * device: the holder has exactly one signature device.
 *
 * @param selfUnlocksLeft for a successful unlock: how many remain in the rolling 30 days
 * @param availableAgainAt for {@link Status#QUOTA_EXHAUSTED}: when an unlock is possible again
 */
public record SignatureDeviceResync(
    Status status, Optional<Integer> selfUnlocksLeft, Optional<Instant> availableAgainAt) {

  /**
   * The outcome. The names are the portal's message keys and the REST answer's {@code status}, so
   * they stay those the OTP registry gives the same outcomes.
   */
  public enum Status {
    /** Counter or drift set, failures cleared (and, for an unlock, the lock lifted). */
    SYNCHRONISED,
    /** Wrong or non-consecutive codes, or outside the search window: nothing changed. */
    NOT_FOUND,
    /** Two codes matched far away: a third consecutive code is needed; nothing changed. */
    THIRD_CODE_NEEDED,
    /** The device is locked: unlock it first. */
    LOCKED,
    NOT_ACTIVE,
    /** Unlock only: the quota of unlocks by the holder in 30 days is used up. */
    QUOTA_EXHAUSTED,
    /** Unlock only: the tenant allows no unlock by the holder, or the device is not locked. */
    NOT_ALLOWED
  }

  public boolean synchronised() {
    return status == Status.SYNCHRONISED;
  }
}
