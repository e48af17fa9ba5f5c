package io.sigillo.otp.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * One-time codes sent by SMS to a person's verified mobile number (device type {@code sms}): six
 * random digits, valid for a few minutes, single use, with a bounded number of wrong attempts, a
 * cooldown between sends and a cap per hour, all per tenant policy. The code is stored only as a
 * keyed hash and never appears in a log line, an exception or the audit trail.
 */
@Local
public interface SmsCodes {

  /**
   * Sends a new code and supersedes any open code of the same person and purpose. Refused with
   * {@link OtpError#SMS_RESEND_TOO_SOON} during the cooldown, {@link OtpError#SMS_SEND_LIMIT} past
   * the hourly cap, {@link OtpError#SMS_MOBILE_INVALID} for a number not in E.164 form, and {@link
   * OtpError#SMS_NOT_SENT} if the SMS gateway refused the message (nothing is kept then).
   */
  SmsChallenge send(TenantId tenant, SmsCodeRequest request, Actor actor);

  /**
   * Checks a code against the challenge. A challenge of another tenant or sent for another purpose
   * is {@link OtpError#SMS_CHALLENGE_NOT_FOUND}; a code that is not six digits is {@link
   * OtpError#CODE_MALFORMED} and does not count as an attempt.
   */
  SmsVerification verify(
      TenantId tenant, String challengeId, SmsPurpose purpose, String code, Actor actor);

  /** The tenant's rules, or the platform defaults. */
  SmsCodeSettings settings(TenantId tenant);

  /** Stores the tenant's rules; each value is checked ({@link OtpError#POLICY_INVALID}). */
  SmsCodeSettings updateSettings(TenantId tenant, SmsCodeSettings settings, Actor actor);
}
