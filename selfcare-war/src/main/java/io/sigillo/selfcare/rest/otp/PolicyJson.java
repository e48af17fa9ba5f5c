package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.otp.api.TotpEnrolmentSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's OTP policy as the API reads and writes it. Every value is required on a write (a read,
 * changed and written back, is the way to edit one value), so a missing field is a catalogued 400
 * naming it rather than a zero that would silently weaken the policy.
 */
public final class PolicyJson {

  private PolicyJson() {}

  @Schema(
      description =
          "Rules for codes presented for one purpose: totpWindowSteps 0..5 either side;"
              + " hotpLookAhead 0..100 presses; lockoutThreshold 1..20 consecutive failures;"
              + " firstDelaySeconds wait after the second failure, tripled by each further one;"
              + " selfUnlocksPer30Days 0..10")
  public record PurposeView(
      Integer totpWindowSteps,
      Integer hotpLookAhead,
      Integer lockoutThreshold,
      Integer firstDelaySeconds,
      Integer selfUnlocksPer30Days) {

    static PurposeView of(PurposeSettings s) {
      return new PurposeView(
          s.totpWindowSteps(),
          s.hotpLookAhead(),
          s.lockoutThreshold(),
          s.firstDelaySeconds(),
          s.selfUnlocksPer30Days());
    }

    PurposeSettings settings(String name) {
      return new PurposeSettings(
          required(totpWindowSteps, name + ".totpWindowSteps"),
          required(hotpLookAhead, name + ".hotpLookAhead"),
          required(lockoutThreshold, name + ".lockoutThreshold"),
          required(firstDelaySeconds, name + ".firstDelaySeconds"),
          required(selfUnlocksPer30Days, name + ".selfUnlocksPer30Days"));
    }
  }

  @Schema(
      description =
          "How newly enrolled authenticator apps compute codes, as their otpauth URI says:"
              + " algorithm SHA1 (default), SHA256 or SHA512; digits 6 (default) or 8;"
              + " periodSeconds 15..300 (default 30). Enrolled apps keep their own.")
  public record EnrolmentView(String algorithm, Integer digits, Integer periodSeconds) {

    static EnrolmentView of(TotpEnrolmentSettings s) {
      return new EnrolmentView(s.algorithm(), s.digits(), s.periodSeconds());
    }

    TotpEnrolmentSettings settings() {
      if (algorithm == null || algorithm.isBlank()) {
        throw new SigilloException(
            PlatformError.VALIDATION, "totpEnrolment.algorithm", "SHA1, SHA256, SHA512");
      }
      return new TotpEnrolmentSettings(
          algorithm,
          required(digits, "totpEnrolment.digits"),
          required(periodSeconds, "totpEnrolment.periodSeconds"));
    }
  }

  @Schema(
      description =
          "A tenant's OTP policy: per purpose (login: SPID level 2; sign: remote signature), then"
              + " what the device shares: driftCapSteps 0..10, diagnosticWindowSeconds 0..3600,"
              + " resyncHotpWindow 1..100000, resyncTotpSteps, resyncThirdCodeBeyond, and the"
              + " enrolment parameters of new apps")
  public record PolicyView(
      PurposeView login,
      PurposeView sign,
      Integer driftCapSteps,
      Integer diagnosticWindowSeconds,
      Integer resyncHotpWindow,
      Integer resyncTotpSteps,
      Integer resyncThirdCodeBeyond,
      EnrolmentView totpEnrolment) {

    static PolicyView of(PolicySettings s) {
      return new PolicyView(
          PurposeView.of(s.login()),
          PurposeView.of(s.sign()),
          s.driftCapSteps(),
          s.diagnosticWindowSeconds(),
          s.resyncHotpWindow(),
          s.resyncTotpSteps(),
          s.resyncThirdCodeBeyond(),
          EnrolmentView.of(s.totpEnrolment()));
    }

    PolicySettings settings() {
      return new PolicySettings(
          present(login, "login").settings("login"),
          present(sign, "sign").settings("sign"),
          required(driftCapSteps, "driftCapSteps"),
          required(diagnosticWindowSeconds, "diagnosticWindowSeconds"),
          required(resyncHotpWindow, "resyncHotpWindow"),
          required(resyncTotpSteps, "resyncTotpSteps"),
          required(resyncThirdCodeBeyond, "resyncThirdCodeBeyond"),
          present(totpEnrolment, "totpEnrolment").settings());
    }
  }

  private static int required(Integer value, String field) {
    return present(value, field);
  }

  private static <T> T present(T value, String field) {
    if (value == null) {
      throw new SigilloException(PlatformError.VALIDATION, field, "required");
    }
    return value;
  }
}
