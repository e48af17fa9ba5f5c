package io.sigillo.otp.application;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.otp.api.TotpEnrolmentSettings;
import io.sigillo.otp.domain.OtpAlgorithm;
import io.sigillo.otp.domain.OtpParameters;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.domain.PurposePolicy;
import io.sigillo.otp.domain.ResyncPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
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
            settings.resyncThirdCodeBeyond()),
        enrolment(settings.totpEnrolment()));
  }

  private static OtpParameters enrolment(TotpEnrolmentSettings settings) {
    if (settings == null) {
      return OtpParameters.defaults();
    }
    return new OtpParameters(
        algorithm(settings.algorithm()),
        settings.digits(),
        Duration.ofSeconds(settings.periodSeconds()));
  }

  /** {@code SHA1}, {@code SHA256} or {@code SHA512}; also {@code SHA-256} as people write it. */
  static OtpAlgorithm algorithm(String name) {
    String value = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace("-", "");
    return Arrays.stream(OtpAlgorithm.values())
        .filter(a -> a.name().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new SigilloException(
                    OtpError.POLICY_INVALID, "totpEnrolment.algorithm", "SHA1, SHA256, SHA512"));
  }

  static PolicySettings settings(OtpPolicy policy) {
    return new PolicySettings(
        settings(policy.forPurpose(Purpose.LOGIN)),
        settings(policy.forPurpose(Purpose.SIGN)),
        policy.driftCapSteps(),
        Math.toIntExact(policy.diagnosticWindow().getSeconds()),
        policy.resync().hotpWindow(),
        policy.resync().totpSteps(),
        policy.resync().thirdCodeBeyond(),
        new TotpEnrolmentSettings(
            policy.totpEnrolment().algorithm().name(),
            policy.totpEnrolment().digits(),
            Math.toIntExact(policy.totpEnrolment().period().getSeconds())));
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
