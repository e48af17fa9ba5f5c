package io.sigillo.otp.application;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.PurposePolicy;
import io.sigillo.otp.domain.ResyncPolicy;
import java.time.Duration;
import java.util.Map;

/** Between the stored policy settings and the domain's checked policy. */
final class PolicyMapping {

  private PolicyMapping() {}

  /** The domain policy; refuses values outside their ranges with the field's name. */
  static OtpPolicy policy(PolicySettings settings) {
    if (settings == null || settings.login() == null || settings.sign() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "policy", "login and sign required");
    }
    return new OtpPolicy(
        Map.of(Purpose.LOGIN, purpose(settings.login()), Purpose.SIGN, purpose(settings.sign())),
        settings.driftCapSteps(),
        Duration.ofSeconds(settings.diagnosticWindowSeconds()),
        new ResyncPolicy(
            settings.resyncHotpWindow(),
            settings.resyncTotpSteps(),
            settings.resyncThirdCodeBeyond()));
  }

  static PolicySettings settings(OtpPolicy policy) {
    return new PolicySettings(
        settings(policy.forPurpose(Purpose.LOGIN)),
        settings(policy.forPurpose(Purpose.SIGN)),
        policy.driftCapSteps(),
        Math.toIntExact(policy.diagnosticWindow().getSeconds()),
        policy.resync().hotpWindow(),
        policy.resync().totpSteps(),
        policy.resync().thirdCodeBeyond());
  }

  private static PurposePolicy purpose(PurposeSettings s) {
    return new PurposePolicy(
        s.totpWindowSteps(),
        s.hotpLookAhead(),
        s.lockoutThreshold(),
        Duration.ofSeconds(s.firstDelaySeconds()),
        s.selfUnlocksPer30Days());
  }

  private static PurposeSettings settings(PurposePolicy p) {
    return new PurposeSettings(
        p.totpWindowSteps(),
        p.hotpLookAhead(),
        p.lockoutThreshold(),
        Math.toIntExact(p.firstDelay().getSeconds()),
        p.selfUnlocksPer30Days());
  }
}
