package io.sigillo.selfcare.rest.json;

import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.ResyncResult;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of an unlock or a resynchronisation, of an OTP device or of the signature device.
 * {@code deviceId} is null, and so left out of the body, where the path already names the one
 * device (the holder's signature device).
 */
@Schema(
    description =
        "The answer to a resynchronisation or a self-unlock. status: SYNCHRONISED, NOT_FOUND,"
            + " THIRD_CODE_NEEDED, LOCKED, NOT_ACTIVE, QUOTA_EXHAUSTED or NOT_ALLOWED")
public record ResyncView(
    Long deviceId,
    String status,
    Integer selfUnlocksLeft,
    Instant availableAgainAt,
    Advice advice) {

  /** The outcome for a device the caller named. */
  public static ResyncView of(ResyncResult r, Locale locale) {
    return new ResyncView(
        r.deviceId(),
        r.status().name(),
        r.selfUnlocksLeft().orElse(null),
        r.availableAgainAt().orElse(null),
        advice(r, locale));
  }

  /** The outcome for the holder's one signature device, which the answer need not name. */
  public static ResyncView ofSignatureDevice(ResyncResult r, Locale locale) {
    ResyncView view = of(r, locale);
    return new ResyncView(
        null, view.status(), view.selfUnlocksLeft(), view.availableAgainAt(), view.advice());
  }

  private static Advice advice(ResyncResult r, Locale locale) {
    return switch (r.status()) {
      case SYNCHRONISED -> null;
      case NOT_FOUND -> Advice.of(OtpError.RESYNC_FAILED, locale, List.of());
      case THIRD_CODE_NEEDED -> Advice.of(OtpError.RESYNC_THIRD_CODE_NEEDED, locale, List.of());
      case LOCKED -> Advice.of(OtpError.DEVICE_LOCKED, locale, List.of());
      case NOT_ACTIVE -> Advice.of(OtpError.DEVICE_NOT_ACTIVE, locale, List.of());
      // a refused self-unlock carries no date: the argument is then empty
      case QUOTA_EXHAUSTED, NOT_ALLOWED ->
          Advice.of(
              OtpError.SELF_UNLOCK_EXHAUSTED,
              locale,
              List.of(r.availableAgainAt().map(Instant::toString).orElse("")));
    };
  }
}
