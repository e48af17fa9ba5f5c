package io.sigillo.otp.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The answer to a claim. An answer, not an exception, so a failed claim commits its failure count.
 *
 * @param deviceId the claimed device, only for {@link ClaimStatus#CLAIMED}
 * @param remainingAttempts failed claims still allowed before the holder is blocked
 * @param retryAfter for {@link ClaimStatus#DELAYED} and {@link ClaimStatus#BLOCKED}, and after a
 *     failure: the wait before the next claim will be checked
 */
public record ClaimResult(
    ClaimStatus status, Optional<Long> deviceId, int remainingAttempts, Duration retryAfter) {

  public boolean claimed() {
    return status == ClaimStatus.CLAIMED;
  }
}
