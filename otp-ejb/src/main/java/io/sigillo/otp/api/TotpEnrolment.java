package io.sigillo.otp.api;

/**
 * What the person needs to set up their app, returned once by the enrolment and never again: the
 * {@code otpauth://} key URI, the same as a PNG QR code, and the secret in Base32 groups for typing
 * by hand. The device stays {@link DeviceStatus#PENDING} until its first code is confirmed.
 */
public record TotpEnrolment(DeviceSummary device, String keyUri, byte[] qrPng, String manualKey) {

  @Override
  public String toString() {
    return "TotpEnrolment[device=" + device.id() + "]";
  }
}
