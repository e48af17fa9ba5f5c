package io.sigillo.selfcare.rest.json;

import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.ResyncResult;
import io.sigillo.otp.api.ResyncStatus;
import io.sigillo.signature.api.SignatureDeviceResync;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        advice(r.status(), r.availableAgainAt(), locale));
  }

  /** The outcome for the holder's one signature device, which the answer need not name. */
  public static ResyncView ofSignatureDevice(SignatureDeviceResync r, Locale locale) {
    return new ResyncView(
        null,
        r.status().name(),
        r.selfUnlocksLeft().orElse(null),
        r.availableAgainAt().orElse(null),
        advice(registryOutcome(r.status()), r.availableAgainAt(), locale));
  }

  /**
   * The signature device is a registry device, so its outcomes take the registry's advice: the same
   * codes and texts on both paths.
   */
  private static ResyncStatus registryOutcome(SignatureDeviceResync.Status status) {
    return switch (status) {
      case SYNCHRONISED -> ResyncStatus.SYNCHRONISED;
      case NOT_FOUND -> ResyncStatus.NOT_FOUND;
      case THIRD_CODE_NEEDED -> ResyncStatus.THIRD_CODE_NEEDED;
      case LOCKED -> ResyncStatus.LOCKED;
      case NOT_ACTIVE -> ResyncStatus.NOT_ACTIVE;
      case QUOTA_EXHAUSTED -> ResyncStatus.QUOTA_EXHAUSTED;
      case NOT_ALLOWED -> ResyncStatus.NOT_ALLOWED;
    };
  }

  private static Advice advice(
      ResyncStatus status, Optional<Instant> availableAgainAt, Locale locale) {
    return switch (status) {
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
              List.of(availableAgainAt.map(Instant::toString).orElse("")));
    };
  }
}
