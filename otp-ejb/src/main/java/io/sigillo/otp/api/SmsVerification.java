package io.sigillo.otp.api;

/**
 * The outcome of an SMS code, an answer rather than an exception so that a wrong attempt is counted
 * and audited.
 *
 * @param remainingAttempts wrong codes still tolerated; 0 once exhausted, expired or used
 * @param owner the person the challenge was sent for, so the caller can check it is the one in its
 *     flow
 */
public record SmsVerification(SmsCodeStatus status, int remainingAttempts, String owner) {

  public boolean verified() {
    return status == SmsCodeStatus.VERIFIED;
  }
}
