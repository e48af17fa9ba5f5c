package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Locale;

/**
 * The holder's remote-signature password: changed with the current one and an OTP of the signature
 * device, or reset when forgotten with a code sent to the holder's verified mobile and an OTP of
 * the signature device, which also clears a lock. A new password meets the platform's rule and the
 * tenant's ({@link SignaturePolicySettings#passwordMinLength()}, {@link
 * SignaturePolicySettings#passwordHistory()}). Both are audited; a refusal changes nothing but the
 * counters of the proof that failed.
 */
@Local
public interface SignaturePasswords {

  /**
   * Refusals, in the order checked: {@link SignatureError#PASSWORD_WEAK} or {@link
   * SignatureError#PASSWORD_TOO_SHORT} (the new one), {@link SignatureError#PASSWORD_WRONG} or
   * {@link SignatureError#PASSWORD_LOCKED} (the current one), {@link
   * SignatureError#PASSWORD_REUSED}, then the OTP's refusals as at signing.
   */
  void change(
      TenantId tenant,
      String username,
      char[] currentPassword,
      char[] newPassword,
      String otp,
      Actor actor);

  /**
   * Sends a code by SMS to the holder's mobile number (the SMS codes' cooldown and hourly cap
   * apply). The holder needs a signature device, whose OTP the reset asks next.
   */
  PasswordResetStarted startReset(
      TenantId tenant, String username, Locale locale, String senderName, Actor actor);

  /**
   * The code of the SMS, an OTP of the signature device and the new password: stored, and any lock
   * of the old one cleared. The code is checked before the OTP, so that nobody without the phone
   * can spend the device's codes; once checked it is used, and a later refusal asks for a new one.
   */
  void reset(
      TenantId tenant,
      String username,
      String resetId,
      String code,
      String otp,
      char[] newPassword,
      Actor actor);
}
