package io.sigillo.keycloak.leveltwo;

import java.util.Map;

/** The answer to "send me a code by SMS": sent, or refused for now (too soon, too many). */
sealed interface SmsAnswer {

  /** A code is on its way; {@code challengeId} names it when the person types it. */
  record Sent(String challengeId, String maskedMobile, long resendInSeconds) implements SmsAnswer {

    static Sent from(Map<?, ?> json) throws SigilloUnavailable {
      if (!(json.get("challengeId") instanceof String id) || id.isBlank()) {
        throw new SigilloUnavailable("the SMS answer names no challenge");
      }
      return new Sent(
          id,
          json.get("maskedMobile") instanceof String m ? m : "",
          json.get("resendInSeconds") instanceof Number n ? n.longValue() : 0);
    }
  }

  /**
   * Sigillo's catalogued refusal (HTTP 429): a resend too soon or too many codes.
   *
   * @param retryAfterSeconds when to ask again, 0 when not known
   */
  record Refused(String code, long retryAfterSeconds) implements SmsAnswer {

    static Refused from(Map<?, ?> json) {
      return new Refused(
          json.get("code") instanceof String c ? c : "",
          json.get("retryAfterSeconds") instanceof Number n ? n.longValue() : 0);
    }
  }
}
