package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.security.Role;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceUses;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.OtpDevice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Who may do what to a device, decided here and not by the page or resource that asks: the registry
 * is where a password-only session was able to enrol an app and reach level 2, so it is where that
 * is refused. The rules:
 *
 * <ul>
 *   <li>a new app or SMS number, and the confirmation that activates it: only the person (or staff
 *       member) themselves, at level 2 (a flow with its own proof, like the re-association's SMS
 *       code, raises its actor to level 2 after checking it). Staff never enrol for someone: the
 *       enrolment carries the seed;
 *   <li>revoking or reporting lost: the person at level 2, or staff; a device that authorises
 *       remote signatures only with the signature password checked by the signature module;
 *   <li>a code for purpose SIGN, a resynchronisation or a self-unlock of a signature device: only
 *       after the signature password; a hardware token of a holder is never a login device;
 *   <li>operator unlock, drift reset, token registration: staff at level 2, or a back end with a
 *       staff role (a staff member's first device is proven by {@code FirstDeviceActivations});
 *   <li>Keycloak's level-2 step ({@link Role#LOGIN_BROKER}): a LOGIN code of a person's app, for
 *       whichever person the identity module checked it for, and nothing else. It is no person, so
 *       it never enrols, confirms, resynchronises or retires a device.
 * </ul>
 *
 * A person's actor never acts on another person's device: that device is "not found".
 */
@ApplicationScoped
class DeviceAccess {

  @Inject @Any private Instance<DeviceUses> uses;

  void enrol(String owner, Actor actor) {
    if (actor.is(Role.SYSTEM)) {
      return;
    }
    boolean themselves = actor.is(Role.PERSON) || actor.staffRole();
    if (!themselves || actor.is(Role.SERVICE) || !actor.name().equals(owner)) {
      throw new SigilloException(OtpError.ENROLMENT_BY_OWNER_ONLY);
    }
    if (actor.assurance() != Assurance.LEVEL_2) {
      throw new SigilloException(OtpError.LEVEL_2_REQUIRED);
    }
  }

  void confirm(OtpDevice device, Actor actor) {
    if (device.serial().isPresent() && (actor.staff() || actor.is(Role.SERVICE))) {
      // a hardware token registered by staff with its seed: its first code comes from the token
      // in their hands, and no secret leaves the registry
      return;
    }
    enrol(device.owner(), actor);
  }

  void registerToken(Actor actor) {
    staff(actor);
  }

  /** Staff at level 2, a back end holding a staff role, or the platform ({@link Actor#staff}). */
  void staff(Actor actor) {
    if (actor.staffRole() && !actor.staff()) {
      // an operator signed in with the password alone: staff powers need their own level 2
      throw new SigilloException(OtpError.LEVEL_2_REQUIRED);
    }
    if (!actor.staff()) {
      throw new SigilloException(OtpError.STAFF_ONLY);
    }
  }

  void validate(TenantId tenant, OtpDevice device, Purpose purpose, Actor actor) {
    if (actor.is(Role.LOGIN_BROKER)) {
      // a sign-in step: an app's LOGIN code, never a signature nor a holder's token
      if (purpose != Purpose.LOGIN || !device.isApp()) {
        throw new SigilloException(OtpError.LOGIN_BROKER_LOGIN_ONLY);
      }
      return;
    }
    if (!person(device, actor) || actor.signaturePassword()) {
      return;
    }
    // SIGN needs the password; LOGIN is a level-2 sign-in, which a holder's token never is. An
    // app's LOGIN (every level-2 sign-in) needs no look-up of the device's signing use
    boolean mayServeSigning = purpose == Purpose.SIGN || device.serial().isPresent();
    if (mayServeSigning && servesSigning(tenant, device)) {
      throw new SigilloException(OtpError.SIGNATURE_DEVICE_PROTECTED);
    }
  }

  void resynchronise(TenantId tenant, OtpDevice device, Actor actor) {
    if (person(device, actor) && servesSigning(tenant, device) && !actor.signaturePassword()) {
      throw new SigilloException(OtpError.SIGNATURE_DEVICE_PROTECTED);
    }
  }

  void retire(TenantId tenant, OtpDevice device, Actor actor) {
    if (!person(device, actor)) {
      return;
    }
    if (servesSigning(tenant, device)) {
      if (!actor.signaturePassword()) {
        throw new SigilloException(OtpError.SIGNATURE_DEVICE_PROTECTED);
      }
      return;
    }
    if (actor.assurance() != Assurance.LEVEL_2) {
      throw new SigilloException(OtpError.LEVEL_2_REQUIRED);
    }
  }

  /** Whether another module relies on the device for remote signatures. */
  boolean servesSigning(TenantId tenant, OtpDevice device) {
    return uses.isResolvable() && uses.get().servesSigning(tenant, device.id());
  }

  /**
   * True when the rules for a person apply: the caller is neither staff, nor a back end, nor the
   * platform. A person is only ever let near their own devices.
   */
  private static boolean person(OtpDevice device, Actor actor) {
    if (actor.is(Role.LOGIN_BROKER)) {
      // whatever its name, the sign-in step is nobody's own: it only checks sign-in codes
      throw new SigilloException(OtpError.LOGIN_BROKER_LOGIN_ONLY);
    }
    if (actor.staff() || actor.is(Role.SERVICE)) {
      return false;
    }
    if (!actor.name().equals(device.owner())) {
      if (actor.staffRole()) {
        // staff signed in with the password alone: say what is missing, not "not found"
        throw new SigilloException(OtpError.LEVEL_2_REQUIRED);
      }
      throw new SigilloException(OtpError.DEVICE_NOT_FOUND);
    }
    return true;
  }
}
