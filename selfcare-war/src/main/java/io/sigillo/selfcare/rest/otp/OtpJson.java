package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.time.ClockOffset;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.RejectionReason;
import io.sigillo.otp.api.SmsChallenge;
import io.sigillo.otp.api.SmsEnrolment;
import io.sigillo.otp.api.TotpEnrolment;
import io.sigillo.otp.api.ValidationResult;
import io.sigillo.selfcare.rest.json.Advice;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the OTP API: requests as clients send them, answers as the portal shows. */
public final class OtpJson {

  private OtpJson() {}

  @Schema(
      description = "Enrol an authenticator app. Operators name the owner; people enrol their own.")
  public record EnrolRequest(String owner) {}

  @Schema(
      description =
          "A hardware token to register for a person (operators only): base32Secret is the seed"
              + " in RFC 4648 Base32; algorithm SHA1 (default), SHA256 or SHA512; digits 6 (default)"
              + " or 8; nextCounter the counter of the token's next code (0 for a new token)")
  public record TokenRequest(
      String owner,
      String serial,
      String base32Secret,
      String algorithm,
      Integer digits,
      Long nextCounter) {

    @Override
    public String toString() {
      return "TokenRequest[owner=" + owner + ", serial=" + serial + "]";
    }
  }

  @Schema(
      description =
          "Register a mobile number as an SMS device: mobile in E.164 form (+393331234567)."
              + " Operators name the owner; people register their own.")
  public record SmsDeviceRequest(String owner, String mobile) {}

  @Schema(description = "Ask for a code by SMS for LOGIN or SIGN.")
  public record SmsCodeAsk(String purpose) {}

  @Schema(
      description =
          "A code on its way to the phone (never the code itself): the masked number, when it"
              + " expires, when another may be asked for, and how many wrong codes it tolerates")
  public record SmsChallengeView(
      String purpose,
      String maskedMobile,
      Instant expiresAt,
      Instant resendAvailableAt,
      int attemptsAllowed) {

    static SmsChallengeView of(SmsChallenge c) {
      return new SmsChallengeView(
          c.purpose().name(),
          c.maskedMobile(),
          c.expiresAt(),
          c.resendAvailableAt(),
          c.attemptsAllowed());
    }
  }

  @Schema(description = "A new SMS device, pending, and the confirmation code sent to it")
  public record SmsEnrolmentView(DeviceView device, SmsChallengeView confirmation) {

    static SmsEnrolmentView of(SmsEnrolment e) {
      return new SmsEnrolmentView(DeviceView.of(e.device()), SmsChallengeView.of(e.confirmation()));
    }
  }

  @Schema(description = "One code as the device shows it.")
  public record CodeRequest(String code) {}

  @Schema(description = "Two, or when asked three, consecutive codes, oldest first.")
  public record CodesRequest(List<String> codes) {}

  @Schema(description = "Why an operator acts; required for unlocks and drift resets.")
  public record ReasonRequest(String reason) {}

  @Schema(
      description =
          "A code presented for LOGIN or SIGN, for one device (deviceId) or the owner's only"
              + " active one; people may omit owner or give their own username")
  public record ValidateRequest(Long deviceId, String owner, String purpose, String code) {}

  /** A device without its secret. */
  @Schema(
      description =
          "A device without its secret; headroom: steps or presses to spare at the last accepted"
              + " code")
  public record DeviceView(
      long id,
      String owner,
      String type,
      String status,
      String serial,
      String algorithm,
      int digits,
      int periodSeconds,
      boolean locked,
      int loginFailures,
      int signFailures,
      Instant createdAt,
      Instant activatedAt,
      Integer headroom) {

    static DeviceView of(DeviceSummary d) {
      return new DeviceView(
          d.id(),
          d.owner(),
          d.type().id(),
          d.status().name(),
          d.serial().orElse(null),
          d.algorithm(),
          d.digits(),
          d.periodSeconds(),
          d.locked(),
          d.loginFailures(),
          d.signFailures(),
          d.createdAt(),
          d.activatedAt().orElse(null),
          d.headroom().orElse(null));
    }
  }

  @Schema(
      description =
          "Shown once: the app's set-up as an otpauth:// key URI, the same as a PNG QR code"
              + " (Base64) and the secret in Base32 groups for typing by hand. Never returned again.")
  public record EnrolmentView(
      DeviceView device, String keyUri, String qrPngBase64, String manualKey) {

    static EnrolmentView of(TotpEnrolment e) {
      return new EnrolmentView(
          DeviceView.of(e.device()),
          e.keyUri(),
          Base64.getEncoder().encodeToString(e.qrPng()),
          e.manualKey());
    }

    @Override
    public String toString() {
      return "EnrolmentView[device=" + device.id() + "]";
    }
  }

  @Schema(
      description =
          "The answer to a code: ACCEPTED, REJECTED, CLOCK_DRIFT, TOKEN_AHEAD (a hardware"
              + " token pressed more times than its look-ahead: resynchronise it; never accepted,"
              + " not counted), LOCKED or NOT_ACTIVE.")
  public record ValidationView(
      long deviceId,
      String status,
      String reason,
      int remainingAttempts,
      String clockOffset,
      long retryAfterSeconds,
      boolean lockedNow,
      Advice advice) {

    static ValidationView of(ValidationResult r, Locale locale) {
      return new ValidationView(
          r.deviceId(),
          r.status().name(),
          r.reason().map(Enum::name).orElse(null),
          r.remainingAttempts(),
          r.clockOffset().map(ClockOffset::render).orElse(null),
          r.retryAfter().toSeconds(),
          r.lockedNow(),
          advice(r, locale));
    }

    private static Advice advice(ValidationResult r, Locale locale) {
      return switch (r.status()) {
        case ACCEPTED -> null;
        case CLOCK_DRIFT ->
            Advice.of(
                OtpError.CLOCK_DRIFT, locale, List.of(r.clockOffset().orElseThrow().render()));
        case TOKEN_AHEAD ->
            Advice.of(
                OtpError.TOKEN_AHEAD,
                locale,
                List.of(String.valueOf(r.pressesAhead().orElseThrow())));
        case LOCKED -> Advice.of(OtpError.DEVICE_LOCKED, locale, List.of());
        case NOT_ACTIVE -> Advice.of(OtpError.DEVICE_NOT_ACTIVE, locale, List.of());
        case REJECTED -> rejected(r, locale);
      };
    }

    private static Advice rejected(ValidationResult r, Locale locale) {
      if (r.lockedNow()) {
        return Advice.of(OtpError.DEVICE_LOCKED, locale, List.of());
      }
      RejectionReason reason = r.reason().orElse(RejectionReason.NO_MATCH);
      return switch (reason) {
        case REPLAYED -> Advice.of(OtpError.CODE_ALREADY_USED, locale, List.of());
        case DELAYED ->
            Advice.of(
                OtpError.ATTEMPTS_DELAYED,
                locale,
                List.of(String.valueOf(r.retryAfter().toSeconds())));
        case NO_MATCH -> Advice.of(OtpError.CODE_INVALID, locale, List.of());
      };
    }
  }
}
