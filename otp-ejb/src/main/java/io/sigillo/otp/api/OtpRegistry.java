package io.sigillo.otp.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OTP device registry of each tenant: enrolment, validation with replay protection, lockout,
 * resynchronisation and the device life cycle. Another tenant's devices are never visible.
 *
 * <p>Outcomes of codes are answers ({@link ValidationResult}, {@link ResyncResult}), not
 * exceptions, so that failure counts and audit events commit with them. Exceptions are for input
 * errors ({@link OtpError#CODE_MALFORMED}, {@link OtpError#DEVICE_NOT_FOUND}, …) and for a caller
 * who may not act: every method that changes or uses a device checks the {@link Actor}'s role and
 * assurance itself (see {@code DeviceAccess}): a new app needs its owner at level 2, a signature
 * device the signature password, operator actions the staff role. Every state change and every
 * outcome is recorded in the audit trail, never with a code or a secret.
 */
@Local
public interface OtpRegistry {

  /** A new app, pending; the returned enrolment is the only time the secret leaves the registry. */
  TotpEnrolment enrolTotp(TenantId tenant, NewTotpDevice device, Actor actor);

  /** A hardware token for a person, pending until its first code is confirmed. */
  DeviceSummary registerToken(TenantId tenant, NewToken token, Actor actor);

  /**
   * A mobile number as the person's SMS device, pending; a confirmation code is sent to it at once
   * ({@link OtpError#SMS_MOBILE_INVALID} for a number not in E.164 form, the SMS limits as for
   * {@link SmsCodes#send}).
   */
  SmsEnrolment enrolSms(TenantId tenant, NewSmsDevice device, Actor actor);

  /**
   * Sends a code for the purpose to an active SMS device (a pending one gets its confirmation code
   * again), to be presented to {@link #validate} or {@link #confirm}. The cooldown, hourly cap and
   * lifetime are the tenant's SMS code rules; {@link OtpError#DEVICE_NOT_ACTIVE} for a device that
   * is neither, or not an SMS device; a locked device gets no code.
   */
  SmsChallenge sendSmsCode(
      TenantId tenant,
      long deviceId,
      Purpose purpose,
      Locale locale,
      String senderName,
      Actor actor);

  /** The first code of a pending device: accepted, it makes the device active. */
  ValidationResult confirm(TenantId tenant, long deviceId, String code, Actor actor);

  ValidationResult validate(TenantId tenant, ValidationRequest request, Actor actor);

  /** Two, or far out of step three, consecutive codes of an active, unlocked device. */
  ResyncResult resynchronise(TenantId tenant, long deviceId, List<String> codes, Actor actor);

  /**
   * The holder's own unlock of a locked device, after re-authentication by the caller: two (or
   * three) consecutive codes prove possession and resynchronise it, within the tenant's quota.
   */
  ResyncResult selfUnlock(TenantId tenant, long deviceId, List<String> codes, Actor actor);

  /** An operator's unlock; the reason is required and kept in the audit trail. */
  DeviceSummary unlock(TenantId tenant, long deviceId, String reason, Actor actor);

  /** An operator's reset of learned and resynchronised clock drift (audited). */
  DeviceSummary resetDrift(TenantId tenant, long deviceId, String reason, Actor actor);

  DeviceSummary revoke(TenantId tenant, long deviceId, String reason, Actor actor);

  DeviceSummary markLost(TenantId tenant, long deviceId, String reason, Actor actor);

  Optional<DeviceSummary> find(TenantId tenant, long deviceId);

  /**
   * One of {@code owner}'s devices, as staff reach it from the person's page; an id of somebody
   * else's device is not found (an id posted from another page proves nothing).
   */
  DeviceSummary deviceOf(TenantId tenant, String owner, long deviceId);

  /**
   * Staff's unlock of one of {@code owner}'s devices from the person's page: the reason (5..500
   * characters, {@link OtpError#REASON_REQUIRED}) is all the trail keeps of why.
   */
  DeviceSummary unlockFor(TenantId tenant, String owner, long deviceId, String reason, Actor actor);

  /** Staff's loss report of one of {@code owner}'s devices, with a reason as {@link #unlockFor}. */
  DeviceSummary markLostFor(
      TenantId tenant, String owner, long deviceId, String reason, Actor actor);

  /**
   * Whether the device authorises remote signatures ({@link DeviceUses}): such a device is used,
   * resynchronised, revoked or reported lost only with the signature password (or by staff).
   */
  boolean servesSigning(TenantId tenant, long deviceId);

  /** The devices of a person, newest first, in every status. */
  List<DeviceSummary> devicesOf(TenantId tenant, String owner);

  /**
   * The person's app ({@link DeviceSummary#app()}): the active one, else the newest pending one (an
   * association under way). A person has at most one active app: confirming a new one revokes the
   * earlier ones.
   */
  Optional<DeviceSummary> currentApp(TenantId tenant, String owner);

  /** The person's active apps, newest first: those that can also become a signature device. */
  List<DeviceSummary> activeApps(TenantId tenant, String owner);

  /**
   * A new app for {@code owner} in place of the current one: usable apps are revoked before the new
   * one exists, so there are never two, except an app that also authorises signatures (revoking it
   * needs the signature password), which is replaced when the new app is confirmed. The actor has
   * proven level 2 for this change.
   */
  TotpEnrolment replaceApp(TenantId tenant, NewTotpDevice device, String reason, Actor actor);
}
