package io.sigillo.otp.api;

/**
 * A tenant's OTP policy as data: what applies to each purpose, and what belongs to the device that
 * both purposes share (drift and resynchronisation). A tenant without a stored policy gets the
 * platform defaults.
 *
 * @param driftCapSteps how far learned drift may move either way (0..10)
 * @param diagnosticWindowSeconds how far from now a code is recognised to report a wrong clock
 * @param resyncHotpWindow counters a token resynchronisation searches (1..100,000)
 * @param resyncTotpSteps time steps an app resynchronisation searches either side of now
 * @param resyncThirdCodeBeyond distance beyond which a third code is required
 * @param totpEnrolment algorithm, digits and period of apps enrolled from now on (enrolled ones
 *     keep theirs)
 */
public record PolicySettings(
    PurposeSettings login,
    PurposeSettings sign,
    int driftCapSteps,
    int diagnosticWindowSeconds,
    int resyncHotpWindow,
    int resyncTotpSteps,
    int resyncThirdCodeBeyond,
    TotpEnrolmentSettings totpEnrolment) {

  /** With the default enrolment parameters (SHA-1, 6 digits, 30 s). */
  public PolicySettings(
      PurposeSettings login,
      PurposeSettings sign,
      int driftCapSteps,
      int diagnosticWindowSeconds,
      int resyncHotpWindow,
      int resyncTotpSteps,
      int resyncThirdCodeBeyond) {
    this(
        login,
        sign,
        driftCapSteps,
        diagnosticWindowSeconds,
        resyncHotpWindow,
        resyncTotpSteps,
        resyncThirdCodeBeyond,
        TotpEnrolmentSettings.defaults());
  }
}
