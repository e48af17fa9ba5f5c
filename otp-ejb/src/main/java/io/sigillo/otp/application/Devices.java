package io.sigillo.otp.application;

import io.sigillo.otp.api.DeviceSummary;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpParameters;
import io.sigillo.otp.domain.WindowUse;
import java.util.Optional;

/** The api view of a device: metadata only, never the secret nor its counter or step. */
final class Devices {

  private Devices() {}

  static DeviceSummary summary(OtpDevice device) {
    OtpParameters parameters = device.parameters();
    return new DeviceSummary(
        device.id(),
        device.owner(),
        device.type(),
        device.status(),
        device.serial(),
        parameters.algorithm().name(),
        parameters.digits(),
        Math.toIntExact(parameters.period().getSeconds()),
        device.isLocked(),
        device.failures(Purpose.LOGIN).consecutive(),
        device.failures(Purpose.SIGN).consecutive(),
        device.createdAt(),
        device.activatedAt(),
        // an SMS code has no window to use up
        device.type() == DeviceType.SMS
            ? Optional.empty()
            : device.lastWindowUse().map(WindowUse::headroom));
  }
}
