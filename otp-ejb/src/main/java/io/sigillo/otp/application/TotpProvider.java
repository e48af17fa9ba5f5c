package io.sigillo.otp.application;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.OtpSecret;
import io.sigillo.otp.domain.PresentedCode;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.ResyncSearch;
import io.sigillo.otp.domain.TotpVerifier;
import io.sigillo.otp.domain.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Authenticator apps (RFC 6238): windows and drift from the purpose's policy. */
@ApplicationScoped
public class TotpProvider implements DeviceProvider {

  @Override
  public DeviceType type() {
    return DeviceType.TOTP;
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
    return new TotpVerifier(device.parameters(), policy.totpRules(purpose))
        .verify(secret.get(), device.totpState(), code, now);
  }

  @Override
  public Resync resynchronise(
      OtpSecret secret,
      OtpDevice device,
      List<PresentedCode> codes,
      OtpPolicy policy,
      Instant now) {
    return new ResyncSearch(device.parameters(), policy.resync())
        .totp(secret, device.totpState(), codes, now);
  }
}
