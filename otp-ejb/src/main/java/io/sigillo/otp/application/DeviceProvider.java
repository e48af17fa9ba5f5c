package io.sigillo.otp.application;

import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.domain.PresentedCode;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.Verification;
import java.time.Instant;
import java.util.List;

/**
 * One kind of OTP device: how its codes are verified and how it is resynchronised. Found through
 * CDI by its {@link DeviceType}, so a new kind (SMS codes) is a new bean, not a new branch in the
 * registry.
 */
public interface DeviceProvider {

  DeviceType type();

  Verification verify(
      OtpSecret secret,
      OtpDevice device,
      PresentedCode code,
      OtpPolicy policy,
      Purpose purpose,
      Instant now);

  Resync resynchronise(
      OtpSecret secret, OtpDevice device, List<PresentedCode> codes, OtpPolicy policy, Instant now);
}
