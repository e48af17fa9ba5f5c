package io.sigillo.otp.api;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to a resynchronisation or a self-unlock.
 *
 * @param selfUnlocksLeft for a successful self-unlock: how many remain in the rolling 30 days
 * @param availableAgainAt for {@link ResyncStatus#QUOTA_EXHAUSTED}: when a self-unlock is possible
 *     again
 */
public record ResyncResult(
    long deviceId,
    ResyncStatus status,
    Optional<Integer> selfUnlocksLeft,
    Optional<Instant> availableAgainAt) {

  public static ResyncResult of(long deviceId, ResyncStatus status) {
    return new ResyncResult(deviceId, status, Optional.empty(), Optional.empty());
  }

  public boolean synchronised() {
    return status == ResyncStatus.SYNCHRONISED;
  }
}
