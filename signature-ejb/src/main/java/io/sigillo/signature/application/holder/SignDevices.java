package io.sigillo.signature.application.holder;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.signature.api.SignatureDeviceChange;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.domain.holder.Holder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The holder's signature device as every signature-side action needs it: usable now, or a refusal
 * that leads to the one step that makes it usable again. A device moves under the holder's feet
 * when the SPID app is re-associated to a new phone (the registry revokes the old app once the new
 * one is confirmed) or when it is revoked or reported lost; the holder record still names the old
 * device, and what is missing is derived from the registry rather than stored twice.
 */
@ApplicationScoped
public class SignDevices {

  @Inject private OtpRegistry registry;

  /** The active signature device, or the catalogued refusal that says what to do instead. */
  DeviceSummary usable(TenantId tenant, Holder holder) {
    DeviceSummary device = current(tenant, holder);
    if (device.status() == DeviceStatus.ACTIVE) {
      return device;
    }
    throw new SigilloException(
        replacementApp(tenant, holder.username(), device).isPresent()
            ? OtpError.SIGNATURE_DEVICE_CHANGED
            : OtpError.SIGNATURE_DEVICE_RETIRED);
  }

  /** What the holder must do before signing again, if anything. */
  SignatureDeviceChange change(TenantId tenant, Holder holder) {
    if (holder.signDeviceId().isEmpty()) {
      return SignatureDeviceChange.NONE;
    }
    DeviceSummary device = current(tenant, holder);
    if (device.status() == DeviceStatus.ACTIVE) {
      return SignatureDeviceChange.NONE;
    }
    return replacementApp(tenant, holder.username(), device).isPresent()
        ? SignatureDeviceChange.CONFIRM_NEW_APP
        : SignatureDeviceChange.REPLACE_DEVICE;
  }

  /**
   * The app that took the place of a signature app no longer in use: the holder's active app
   * associated after it (the re-association's new app). A token is never replaced this way.
   */
  Optional<DeviceSummary> replacementApp(TenantId tenant, String owner, DeviceSummary old) {
    if (!old.app() || old.status() == DeviceStatus.ACTIVE) {
      return Optional.empty();
    }
    return registry.activeApps(tenant, owner).stream()
        .filter(app -> app.id() != old.id() && app.createdAt().isAfter(old.createdAt()))
        .findFirst();
  }

  DeviceSummary current(TenantId tenant, Holder holder) {
    long id =
        holder
            .signDeviceId()
            .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
    return registry
        .find(tenant, id)
        .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
  }
}
