package io.sigillo.selfcare.rest.identity;

import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityStatus;
import io.sigillo.identity.api.LevelTwoMethods;
import io.sigillo.identity.api.SecondFactorOutcome;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies of the level-2 API, as the contract with Keycloak's step names them (session 7's
 * LEVEL2-CONTRACT): plain fields and whole seconds, so the step needs no knowledge of Sigillo's
 * types. Fields that may be absent are written as {@code null}, not left out.
 */
public final class LevelTwoJson {

  private LevelTwoJson() {}

  @Schema(
      description =
          "The person's level-2 methods: identity ACTIVE, SUSPENDED, REVOKED or NONE (no SPID"
              + " identity on this tenant); app = an active OTP app usable for sign-in; sms = a"
              + " verified mobile for login codes, shown masked; portalUrl = the tenant's"
              + " self-care page where the person associates an app or recovers")
  @JsonbNillable
  public record Methods(
      String identity, boolean app, boolean sms, String maskedMobile, String portalUrl) {

    static Methods of(LevelTwoMethods methods, String portalUrl) {
      return new Methods(
          methods.identity().map(IdentityStatus::name).orElse("NONE"),
          methods.app(),
          methods.sms(),
          methods.maskedMobile().orElse(null),
          portalUrl);
    }
  }

  @Schema(description = "A code of the person's OTP app.")
  public record AppCode(String code) {

    @Override
    public String toString() {
      return "AppCode[]";
    }
  }

  @Schema(description = "The SMS code the person received, for the challenge the send answered.")
  public record SmsCode(String challengeId, String code) {

    @Override
    public String toString() {
      return "SmsCode[challengeId=" + challengeId + "]";
    }
  }

  @Schema(
      description =
          "A login code on its way to the person's mobile (never the code itself): what to send"
              + " back with it, the number masked, seconds until it expires and until another may"
              + " be asked for")
  public record SmsSent(
      String challengeId, String maskedMobile, long expiresInSeconds, long resendInSeconds) {

    static SmsSent of(CodeSent sent, Instant now) {
      return new SmsSent(
          sent.challengeId(),
          sent.maskedDestination(),
          secondsUntil(now, sent.expiresAt()),
          secondsUntil(now, sent.resendAvailableAt()));
    }
  }

  @Schema(
      description =
          "The answer to a code (HTTP 200 whatever it says): check ACCEPTED, REJECTED, REPLAYED,"
              + " DELAYED, CLOCK_DRIFT, LOCKED, NO_APP, SUSPENDED, CODE_CLOSED or IDENTITY_REVOKED;"
              + " remainingAttempts before the lock; clockOffsetSeconds for CLOCK_DRIFT (positive ="
              + " the phone's clock is ahead), else null; retryAfterSeconds before the next attempt"
              + " is checked")
  @JsonbNillable
  public record Outcome(
      String check, int remainingAttempts, Long clockOffsetSeconds, long retryAfterSeconds) {

    static Outcome of(SecondFactorOutcome outcome) {
      return new Outcome(
          outcome.check().name(),
          outcome.remainingAttempts(),
          outcome.clockOffset().map(offset -> offset.offset().toSeconds()).orElse(null),
          roundedUp(outcome.retryAfter()));
    }
  }

  @Schema(
      description =
          "A refusal to send or check now (HTTP 429): the catalogued error, and retryAfterSeconds"
              + " when the wait is known")
  public record TooSoon(
      String code,
      String title,
      String message,
      String nextStep,
      String correlationId,
      Long retryAfterSeconds) {

    static TooSoon of(ErrorText text, String correlationId, Long retryAfterSeconds) {
      return new TooSoon(
          text.code(),
          text.title(),
          text.message(),
          text.nextStep(),
          correlationId,
          retryAfterSeconds);
    }
  }

  /** Whole seconds from now until then, rounded up (a wait is never shortened), never negative. */
  static long secondsUntil(Instant now, Instant then) {
    return then.isAfter(now) ? roundedUp(Duration.between(now, then)) : 0;
  }

  private static long roundedUp(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return 0;
    }
    long seconds = duration.toSeconds();
    return duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
  }
}
