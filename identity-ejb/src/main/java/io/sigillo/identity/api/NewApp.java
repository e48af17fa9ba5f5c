package io.sigillo.identity.api;

/**
 * The association of a new OTP app, returned once, right after the SMS code was verified: the
 * {@code otpauth://} URI, the same as a PNG QR code, and the key in groups for typing by hand.
 */
public record NewApp(long deviceId, String keyUri, byte[] qrPng, String manualKey) {

  @Override
  public String toString() {
    return "NewApp[device=" + deviceId + "]";
  }
}
