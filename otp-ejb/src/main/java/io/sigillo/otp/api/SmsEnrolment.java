package io.sigillo.otp.api;

/**
 * A new SMS device, pending, and the confirmation code on its way to the number: the code the
 * person types back proves they have the phone and makes the device active.
 */
public record SmsEnrolment(DeviceSummary device, SmsChallenge confirmation) {}
