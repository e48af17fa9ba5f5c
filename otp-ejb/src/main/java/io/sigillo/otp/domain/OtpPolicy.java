package io.sigillo.otp.domain;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.Purpose;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's OTP policy: one {@link PurposePolicy} per purpose, plus what belongs to the device
 * rather than to a purpose (its drift and its resynchronisation), because both purposes share one
 * state.
 *
 * @param driftCapSteps how far learned drift may move either way
 * @param diagnosticWindow how far from now a code is recognised to report a wrong clock
 * @param totpEnrolment how apps enrolled under this policy compute their codes; a device keeps the
 *     parameters it was enrolled with, so a change affects new enrolments only
 */
public record OtpPolicy(
    Map<Purpose, PurposePolicy> purposes,
    int driftCapSteps,
    Duration diagnosticWindow,
    ResyncPolicy resync,
    OtpParameters totpEnrolment) {

  public OtpPolicy {
    Objects.requireNonNull(diagnosticWindow, "diagnosticWindow");
    Objects.requireNonNull(resync, "resync");
    Objects.requireNonNull(totpEnrolment, "totpEnrolment");
    if (!purposes.keySet().containsAll(Arrays.asList(Purpose.values()))) {
      throw new SigilloException(OtpError.POLICY_INVALID, "purposes", "one policy per purpose");
    }
    purposes = Map.copyOf(new EnumMap<>(purposes));
    if (driftCapSteps < 0 || driftCapSteps > 10) {
      throw new SigilloException(OtpError.POLICY_INVALID, "driftCapSteps", "0..10");
    }
    if (diagnosticWindow.isNegative() || diagnosticWindow.compareTo(Duration.ofHours(1)) > 0) {
      throw new SigilloException(OtpError.POLICY_INVALID, "diagnosticWindow", "0..60 min");
    }
  }

  /** With the default enrolment parameters (SHA-1, 6 digits, 30 s). */
  public OtpPolicy(
      Map<Purpose, PurposePolicy> purposes,
      int driftCapSteps,
      Duration diagnosticWindow,
      ResyncPolicy resync) {
    this(purposes, driftCapSteps, diagnosticWindow, resync, OtpParameters.defaults());
  }

  /**
   * The same defaults for both purposes; drift cap ±2 steps; diagnosis within ±10 minutes; apps
   * enrolled with SHA-1, 6 digits, 30 s.
   */
  public static OtpPolicy defaults() {
    return new OtpPolicy(
        Map.of(Purpose.LOGIN, PurposePolicy.defaults(), Purpose.SIGN, PurposePolicy.defaults()),
        2,
        Duration.ofMinutes(10),
        ResyncPolicy.defaults(),
        OtpParameters.defaults());
  }

  public PurposePolicy forPurpose(Purpose purpose) {
    return purposes.get(purpose);
  }

  public TotpRules totpRules(Purpose purpose) {
    return new TotpRules(forPurpose(purpose).totpWindowSteps(), driftCapSteps, diagnosticWindow);
  }

  /**
   * A lock stops the device for every purpose, so unlocking it oneself is allowed only as often as
   * the strictest purpose allows.
   */
  public int selfUnlocksPer30Days() {
    return purposes.values().stream().mapToInt(PurposePolicy::selfUnlocksPer30Days).min().orElse(0);
  }
}
