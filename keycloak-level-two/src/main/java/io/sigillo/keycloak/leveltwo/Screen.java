package io.sigillo.keycloak.leveltwo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person sees next, decided from Sigillo's answers alone (no Keycloak types, so the
 * mapping is unit-tested): the page, the outcome it reports (rendered as {@code data-outcome} for
 * tests and styling), and the message with its arguments.
 *
 * @param outcome the registry's check or the step's own event ({@code SMS_SENT}, {@code ASK}, …)
 * @param message key in the provider's message bundles, or empty
 * @param clockOffsetSeconds for the clock-drift page
 */
record Screen(
    Page page,
    String outcome,
    Tone tone,
    Optional<String> message,
    List<Object> arguments,
    Optional<Long> clockOffsetSeconds) {

  /** The step's pages; {@link #CODE} and {@link #CLOCK_DRIFT} have templates of their own. */
  enum Page {
    /** The code form (app and/or SMS), with a message about the previous attempt if any. */
    CODE("sigillo-level-two.ftl"),
    /** The code was right for another time: how far off the phone is, how to fix it. */
    CLOCK_DRIFT("sigillo-level-two-drift.ftl"),
    /** Too many wrong codes: the app is locked; the way out is the self-care portal. */
    LOCKED,
    /** Neither an app nor a verified mobile: associate one in the self-care portal. */
    NO_METHOD,
    /** No SPID identity on the person's tenants: level 2 is not possible here. */
    NO_IDENTITY,
    /** Identity or level 2 suspended: nothing is accepted until the portal's recovery. */
    SUSPENDED,
    /** The identity is revoked: nothing is accepted. */
    REVOKED,
    /** Sigillo did not answer as agreed (or Keycloak gave no token): never a pass. */
    UNAVAILABLE;

    private final String template;

    Page() {
      this("sigillo-level-two-notice.ftl");
    }

    Page(String template) {
      this.template = template;
    }

    String template() {
      return template;
    }

    /** The notice's message keys: {@code sigilloL2.<id>.title} and {@code .text}. */
    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** How the message is shown: an error alert, or information. */
  enum Tone {
    ERROR,
    INFO
  }

  /** Sigillo's code for "too many codes by SMS in the last hour". */
  private static final String HOURLY_LIMIT = "OTP-052";

  static Screen of(Page page, String outcome) {
    return new Screen(page, outcome, Tone.ERROR, Optional.empty(), List.of(), Optional.empty());
  }

  static Screen code(String outcome, Tone tone, String message, Object... arguments) {
    return new Screen(
        Page.CODE, outcome, tone, Optional.of(message), List.of(arguments), Optional.empty());
  }

  /** The first page of the step, from what {@code methods} said. */
  static Screen start(Methods methods) {
    if (!methods.hasIdentity()) {
      return of(Page.NO_IDENTITY, "NO_IDENTITY");
    }
    if ("REVOKED".equals(methods.identity())) {
      return of(Page.REVOKED, "IDENTITY_REVOKED");
    }
    if (!methods.active()) {
      return of(Page.SUSPENDED, "IDENTITY_" + methods.identity());
    }
    if (!methods.app() && !methods.sms()) {
      return of(Page.NO_METHOD, "NO_METHOD");
    }
    return new Screen(Page.CODE, "ASK", Tone.INFO, Optional.empty(), List.of(), Optional.empty());
  }

  /**
   * The page after a code; empty only for {@code ACCEPTED}, the one answer that lets the flow go
   * on. An answer this provider does not know is "unavailable", never a pass.
   */
  static Optional<Screen> after(CodeCheck check, Methods methods) {
    String outcome = check.check().name();
    return Optional.ofNullable(
        switch (check.check()) {
          case ACCEPTED -> null;
          case REJECTED ->
              code(outcome, Tone.ERROR, "sigilloL2Rejected", check.remainingAttempts());
          case REPLAYED -> code(outcome, Tone.ERROR, "sigilloL2Replayed");
          case DELAYED ->
              check.retryAfterSeconds() > 0
                  ? code(outcome, Tone.ERROR, "sigilloL2Delayed", check.retryAfterSeconds())
                  : code(outcome, Tone.ERROR, "sigilloL2DelayedLater");
          case CODE_CLOSED -> code(outcome, Tone.ERROR, "sigilloL2SmsClosed");
          case CLOCK_DRIFT ->
              new Screen(
                  Page.CLOCK_DRIFT,
                  outcome,
                  Tone.ERROR,
                  Optional.empty(),
                  List.of(),
                  Optional.of(check.clockOffsetSeconds().orElse(0L)));
          case LOCKED -> of(Page.LOCKED, outcome);
          case NO_APP ->
              methods.sms()
                  ? code(outcome, Tone.ERROR, "sigilloL2NoAppUseSms")
                  : of(Page.NO_METHOD, outcome);
          case SUSPENDED -> of(Page.SUSPENDED, outcome);
          case IDENTITY_REVOKED -> of(Page.REVOKED, outcome);
          case UNKNOWN -> of(Page.UNAVAILABLE, outcome);
        });
  }

  /** A code is on its way to the masked number. */
  static Screen smsSent(String maskedMobile) {
    return code("SMS_SENT", Tone.INFO, "sigilloL2SmsSent", maskedMobile);
  }

  /** Sigillo refused another SMS for now (too soon, too many): how long, when it is known. */
  static Screen smsRefused(SmsAnswer.Refused refused) {
    if (HOURLY_LIMIT.equals(refused.code()) && refused.retryAfterSeconds() > 0) {
      return code(
          "SMS_LIMIT", Tone.ERROR, "sigilloL2SmsLimit", (refused.retryAfterSeconds() + 59) / 60);
    }
    return refused.retryAfterSeconds() > 0
        ? code("SMS_TOO_SOON", Tone.ERROR, "sigilloL2SmsTooSoon", refused.retryAfterSeconds())
        : code("SMS_TOO_SOON", Tone.ERROR, "sigilloL2SmsRefused");
  }

  /** What was typed is not a code at all: not worth an attempt at the registry. */
  static Screen codeFormat() {
    return code("CODE_FORMAT", Tone.ERROR, "sigilloL2CodeFormat");
  }

  /** An SMS code typed before any SMS was asked for (or after it was closed). */
  static Screen noSmsYet() {
    return code("NO_SMS_YET", Tone.ERROR, "sigilloL2NoSmsYet");
  }

  static Screen unavailable() {
    return of(Page.UNAVAILABLE, "UNAVAILABLE");
  }

  /** The offset as the portal shows it, the same in Italian and English: "+4 min", "−3 min". */
  String offsetText() {
    long seconds = clockOffsetSeconds.orElse(0L);
    return (seconds < 0 ? "\u2212" : "+") + offsetMinutes() + " min";
  }

  /** Whole minutes off, without sign, for the sentence. */
  long offsetMinutes() {
    return Math.round(Math.abs(clockOffsetSeconds.orElse(0L)) / 60.0);
  }

  boolean phoneAhead() {
    return clockOffsetSeconds.orElse(0L) >= 0;
  }
}
