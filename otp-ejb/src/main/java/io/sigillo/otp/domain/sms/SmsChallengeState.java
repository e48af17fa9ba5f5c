package io.sigillo.otp.domain.sms;

import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.SmsPurpose;
import java.time.Instant;
import java.util.Optional;

/**
 * A challenge as stored: enough to tell whether a typed code can still be checked. The final word
 * on a race belongs to the conditional update in the store; this only classifies what it sees.
 */
public record SmsChallengeState(
    String owner,
    SmsPurpose purpose,
    Status status,
    int attempts,
    int maxAttempts,
    Instant expiresAt,
    String keyId,
    byte[] codeHash) {

  /** The stored status of a challenge. */
  public enum Status {
    OPEN,
    VERIFIED,
    EXHAUSTED,
    SUPERSEDED
  }

  /** Why no code can be accepted any more, or empty while the challenge is open and in time. */
  public Optional<SmsCodeStatus> closed(Instant now) {
    return switch (status) {
      case VERIFIED -> Optional.of(SmsCodeStatus.ALREADY_USED);
      case EXHAUSTED -> Optional.of(SmsCodeStatus.EXHAUSTED);
      case SUPERSEDED -> Optional.of(SmsCodeStatus.EXPIRED);
      case OPEN -> {
        if (attempts >= maxAttempts) {
          yield Optional.of(SmsCodeStatus.EXHAUSTED);
        }
        yield now.isBefore(expiresAt) ? Optional.empty() : Optional.of(SmsCodeStatus.EXPIRED);
      }
    };
  }

  public int remaining() {
    return Math.max(0, maxAttempts - attempts);
  }
}
