package io.sigillo.otp.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The windows a time-based validation uses, taken from the tenant's policy for one purpose.
 *
 * @param windowSteps steps accepted either side of the expected step
 * @param driftCapSteps how far learned drift may move in either direction
 * @param diagnosticWindow how far from now a code is still recognised, to report a wrong clock
 */
public record TotpRules(int windowSteps, int driftCapSteps, Duration diagnosticWindow) {

  public TotpRules {
    Objects.requireNonNull(diagnosticWindow, "diagnosticWindow");
    if (windowSteps < 0 || driftCapSteps < 0 || diagnosticWindow.isNegative()) {
      throw new IllegalArgumentException("TOTP windows are not negative");
    }
  }
}
