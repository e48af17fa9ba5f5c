package io.sigillo.otp.api;

/** Why a code was {@link ValidationStatus#REJECTED}. */
public enum RejectionReason {
  /** The code matches nothing the policy accepts now. Counts towards the lock. */
  NO_MATCH,
  /**
   * The code was valid but is already used: presented twice, or beaten by a concurrent request on
   * this or another node. Proves possession rather than guessing, so it does not count towards the
   * lock (a double click must not lock anyone out).
   */
  REPLAYED,
  /** Too soon after the previous failure: refused without being checked, and not counted. */
  DELAYED
}
