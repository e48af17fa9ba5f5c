package io.sigillo.otp.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A device as the portal and other modules see it. Never carries the secret, and nothing that
 * reveals a counter or a time step.
 *
 * @param serial the token's serial; empty for an app (see {@link #app()})
 * @param locked whether the device refuses every code until it is unlocked
 * @param headroom steps or presses to spare at the last accepted code; small values mean the device
 *     lives near the edge of its window and may soon need a resynchronisation
 */
public record DeviceSummary(
    long id,
    String owner,
    DeviceType type,
    DeviceStatus status,
    Optional<String> serial,
    String algorithm,
    int digits,
    int periodSeconds,
    boolean locked,
    int loginFailures,
    int signFailures,
    Instant createdAt,
    Optional<Instant> activatedAt,
    Optional<Integer> headroom) {

  /**
   * Whether this is an authenticator app: a TOTP device enrolled by its owner, never a hardware
   * token (a token has a serial, even one that counts time). The one definition every module uses.
   */
  public boolean app() {
    return type == DeviceType.TOTP && serial.isEmpty();
  }

  /** An active or pending device: one that is, or is about to be, in use. */
  public boolean usable() {
    return status == DeviceStatus.ACTIVE || status == DeviceStatus.PENDING;
  }
}
