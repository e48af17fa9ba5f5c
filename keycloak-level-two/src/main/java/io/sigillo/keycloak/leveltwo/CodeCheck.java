package io.sigillo.keycloak.leveltwo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's answer to one code (app or SMS), as the contract's Outcome carries it.
 *
 * @param remainingAttempts wrong codes left before the lock
 * @param clockOffsetSeconds for {@link Check#CLOCK_DRIFT}: how far the phone is off, positive when
 *     ahead
 * @param retryAfterSeconds when the next attempt will be looked at, after a failure
 */
record CodeCheck(
    Check check, int remainingAttempts, Optional<Long> clockOffsetSeconds, long retryAfterSeconds) {

  /** The values of Sigillo's {@code SecondFactorCheck}; anything else reads as {@link #UNKNOWN}. */
  enum Check {
    ACCEPTED,
    REJECTED,
    REPLAYED,
    DELAYED,
    CLOCK_DRIFT,
    LOCKED,
    NO_APP,
    SUSPENDED,
    CODE_CLOSED,
    IDENTITY_REVOKED,
    /** A value this provider does not know: never a pass. */
    UNKNOWN;

    static Check of(Object value) {
      if (value instanceof String s) {
        for (Check check : values()) {
          if (check.name().equals(s.toUpperCase(Locale.ROOT))) {
            return check;
          }
        }
      }
      return UNKNOWN;
    }
  }

  boolean accepted() {
    return check == Check.ACCEPTED;
  }

  static CodeCheck from(Map<?, ?> json) {
    Object offset = json.get("clockOffsetSeconds");
    return new CodeCheck(
        Check.of(json.get("check")),
        json.get("remainingAttempts") instanceof Number n ? n.intValue() : 0,
        offset instanceof Number n ? Optional.of(n.longValue()) : Optional.empty(),
        json.get("retryAfterSeconds") instanceof Number n ? n.longValue() : 0);
  }
}
