package io.sigillo.otp.application;

import io.sigillo.core.tenant.TenantId;
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
import java.util.function.Supplier;

/**
 * One kind of OTP device: how its codes are verified and how it is resynchronised. Found through
 * CDI by its {@link DeviceType} (Keycloak's credential-provider pattern), so a new kind is a new
 * bean, not a new branch in the registry: {@code totp}, {@code hotp} and {@code sms} are three.
 *
 * <p>{@link #verify} only decides and changes nothing: a contended check runs it twice, the second
 * time under the device's row lock. What a kind must change besides the device row (an SMS
 * challenge is used up, or counts a wrong code) happens in the hooks, which run once, after the
 * registry's own conditional update has decided.
 */
public interface DeviceProvider {

  DeviceType type();

  /**
   * @param secret the device's shared secret, opened only if asked for (an SMS device has none)
   */
  Verification verify(
      TenantId tenant,
      OtpDevice device,
      Supplier<OtpSecret> secret,
      PresentedCode code,
      OtpPolicy policy,
      Purpose purpose,
      Instant now);

  Resync resynchronise(
      OtpSecret secret, OtpDevice device, List<PresentedCode> codes, OtpPolicy policy, Instant now);

  /** After an accepted code moved the device's replay floor, in the same transaction. */
  default void accepted(TenantId tenant, OtpDevice device, Purpose purpose, Instant now) {}

  /** After a wrong code was counted against the device, in the same transaction. */
  default void failed(TenantId tenant, OtpDevice device, Purpose purpose, Instant now) {}
}
