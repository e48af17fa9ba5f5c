package io.sigillo.otp.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * The first OTP device of a staff member (operator or platform administrator). Staff reach their
 * consoles only at level 2, proven with a device of their own; the first device cannot be enrolled
 * at level 2, so its enrolment is proven instead by a one-time link sent to the address the login
 * broker holds for them: password plus mailbox, once. Later devices are enrolled at level 2 like
 * anyone's, and a lost one is revoked by a platform administrator, after which a new link can be
 * asked for.
 *
 * <p>Only the staff member themselves asks for, opens and completes the link; the secret of the app
 * is shown only to them.
 */
@Local
public interface FirstDeviceActivations {

  /**
   * Sends the link ({@code request.link()} followed by the one-time token) to the staff member's
   * address. Refused with {@link OtpError#ACTIVATION_NOT_NEEDED} when they already have an active
   * device, {@link OtpError#ACTIVATION_TOO_SOON} within a minute of the previous link, {@link
   * OtpError#STAFF_ONLY} for anyone but staff acting for themselves, {@link
   * OtpError#ACTIVATION_NOT_SENT} when the mail server refuses the message (nothing is kept then).
   */
  ActivationSent send(TenantId tenant, ActivationRequest request, Actor actor);

  /**
   * A new pending app for the staff member who opened a valid link; the enrolment (with the secret)
   * is returned to them only. {@link OtpError#ACTIVATION_INVALID} for an unknown, expired, used or
   * someone else's link.
   */
  TotpEnrolment enrol(TenantId tenant, String token, String issuer, Actor actor);

  /**
   * The first code of the app enrolled through the link: accepted, the app becomes active and the
   * link is used up.
   */
  ValidationResult confirm(TenantId tenant, String token, long deviceId, String code, Actor actor);
}
