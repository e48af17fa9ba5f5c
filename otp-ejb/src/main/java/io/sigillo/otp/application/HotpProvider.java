package io.sigillo.otp.application;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.HotpVerifier;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.domain.PresentedCode;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.ResyncSearch;
import io.sigillo.otp.domain.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Hardware tokens (RFC 4226): look-ahead from the purpose's policy. */
@ApplicationScoped
public class HotpProvider implements DeviceProvider {

  @Override
  public DeviceType type() {
    return DeviceType.HOTP;
  }

  @Override
  public Verification verify(
      TenantId tenant,
      OtpDevice device,
      Supplier<OtpSecret> secret,
      PresentedCode code,
      OtpPolicy policy,
      Purpose purpose,
      Instant now) {
    // the diagnosis reaches as far as the resynchronisation that repairs it
    return new HotpVerifier(
            device.parameters(),
            policy.forPurpose(purpose).hotpLookAhead(),
            policy.resync().hotpWindow())
        .verify(secret.get(), device.hotpState(), code);
  }

  @Override
  public Resync resynchronise(
      OtpSecret secret,
      OtpDevice device,
      List<PresentedCode> codes,
      OtpPolicy policy,
      Instant now) {
    return new ResyncSearch(device.parameters(), policy.resync())
        .hotp(secret, device.hotpState(), codes);
  }
}
