package io.sigillo.otp.api;

import java.util.Objects;

/**
 * A code presented for a purpose, for one device or for the one active device of a person.
 *
 * @param deviceId the device; {@code null} to use the owner's active device
 * @param owner the person; used when {@code deviceId} is {@code null}, and when both are given the
 *     device must be theirs
 */
public record ValidationRequest(Long deviceId, String owner, Purpose purpose, String code) {

  public ValidationRequest {
    Objects.requireNonNull(purpose, "purpose");
  }

  public static ValidationRequest forDevice(long deviceId, Purpose purpose, String code) {
    return new ValidationRequest(deviceId, null, purpose, code);
  }

  public static ValidationRequest forOwner(String owner, Purpose purpose, String code) {
    return new ValidationRequest(null, owner, purpose, code);
  }

  @Override
  public String toString() {
    return "ValidationRequest[device=" + deviceId + ", owner=" + owner + ", " + purpose + "]";
  }
}
