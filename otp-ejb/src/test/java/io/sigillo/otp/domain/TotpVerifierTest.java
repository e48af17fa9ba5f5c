package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.otp.api.ValidationStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {

  /** Ten seconds into a step, so a device clock off by whole steps is unambiguous. */
  private static final Instant NOW = Instant.parse("2026-03-02T10:15:10Z");

  private static final Duration STEP = Duration.ofSeconds(30);

  private final OtpParameters parameters = OtpParameters.defaults();
  private final OtpSecret secret = TestSecrets.FIXED;
  private final OtpGenerator device = new OtpGenerator(secret, parameters);
  private final TotpVerifier verifier =
      new TotpVerifier(parameters, new TotpRules(1, 2, Duration.ofMinutes(10)));
  private final long currentStep = parameters.stepAt(NOW);

  private PresentedCode codeWithClockOff(Duration deviceOffset) {
    return PresentedCode.parse(device.totp(NOW.plus(deviceOffset)), 6);
  }

  private Verification verify(TotpState state, Duration deviceOffset) {
    return verifier.verify(secret, state, codeWithClockOff(deviceOffset), NOW);
  }

  @Test
  void codeOfTheCurrentStepIsAcceptedAndBecomesTheReplayFloor() {
    Verification result = verify(TotpState.enrolled(), Duration.ZERO);

    assertThat(result).isEqualTo(new Verification.Accepted(currentStep, 0, new WindowUse(0, 3)));
    assertThat(result.status()).isEqualTo(ValidationStatus.ACCEPTED);
  }

  @Test
  void exactlyOneStepEitherSideIsAccepted() {
    assertThat(verify(TotpState.enrolled(), STEP))
        .isEqualTo(new Verification.Accepted(currentStep + 1, 1, new WindowUse(1, 3)));
    assertThat(verify(TotpState.enrolled(), STEP.negated()))
        .isEqualTo(new Verification.Accepted(currentStep - 1, -1, new WindowUse(-1, 3)));
  }

  @Test
  void twoStepsEitherSideAreRefusedAndExplainedAsAClockProblem() {
    for (Duration offset : new Duration[] {STEP.multipliedBy(2), STEP.multipliedBy(-2)}) {
      Verification result = verify(TotpState.enrolled(), offset);
      assertThat(result).as("%s", offset).isInstanceOf(Verification.ClockDrift.class);
      assertThat(((Verification.ClockDrift) result).offset().offset()).isEqualTo(offset);
    }
  }

  @Test
  void theSameCodeIsNeverAcceptedTwice() {
    Verification.Accepted first =
        (Verification.Accepted) verify(TotpState.enrolled(), Duration.ZERO);
    TotpState after = new TotpState(first.movingFactor(), 0, first.learnedDriftSteps());

    assertThat(verify(after, Duration.ZERO))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
  }

  @Test
  void anOlderCodeInsideTheWindowIsRefusedOnceANewerOneWasAccepted() {
    TotpState acceptedNextStep = new TotpState(currentStep + 1, 0, 0);

    assertThat(verify(acceptedNextStep, STEP.negated()))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
    assertThat(verify(acceptedNextStep, Duration.ZERO))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
  }

  @Test
  void aPhoneFourMinutesAheadGetsClockDriftOfPlusFourMinutesAndIsNotAccepted() {
    Verification result = verify(TotpState.enrolled(), Duration.ofMinutes(4));

    assertThat(result.status()).isEqualTo(ValidationStatus.CLOCK_DRIFT);
    assertThat(result).isNotInstanceOf(Verification.Accepted.class);
    Verification.ClockDrift drift = (Verification.ClockDrift) result;
    assertThat(drift.offset().offset()).isEqualTo(Duration.ofMinutes(4));
    assertThat(drift.offset().render()).isEqualTo("+4 min");
  }

  @Test
  void aPhoneBehindGetsANegativeOffset() {
    Verification.ClockDrift drift =
        (Verification.ClockDrift) verify(TotpState.enrolled(), Duration.ofMinutes(-7));
    assertThat(drift.offset().render()).isEqualTo("\u22127 min");
  }

  @Test
  void beyondTheDiagnosticWindowACodeIsSimplyWrong() {
    assertThat(verify(TotpState.enrolled(), Duration.ofMinutes(11)))
        .isEqualTo(new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  @Test
  void aWrongCodeIsRejectedAsNoMatch() {
    String right = device.totp(NOW);
    String wrong = right.equals("000000") ? "000001" : "000000";
    assertThat(verifier.verify(secret, TotpState.enrolled(), PresentedCode.parse(wrong, 6), NOW))
        .isEqualTo(new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  @Test
  void learnedDriftFollowsASlowlyWanderingClockButStopsAtTheCap() {
    TotpState state = TotpState.enrolled();
    int[] expectedLearned = {1, 2, 2};
    Instant now = NOW;
    for (int wandered = 1; wandered <= 3; wandered++) {
      now = now.plus(Duration.ofMinutes(5));
      String code = device.totp(now.plus(STEP.multipliedBy(wandered)));
      Verification.Accepted accepted =
          (Verification.Accepted) verifier.verify(secret, state, PresentedCode.parse(code, 6), now);
      assertThat(accepted.learnedDriftSteps()).isEqualTo(expectedLearned[wandered - 1]);
      assertThat(accepted.windowUse().headroom()).isEqualTo(3 - wandered);
      state = new TotpState(accepted.movingFactor(), 0, accepted.learnedDriftSteps());
    }

    Instant later = now.plus(Duration.ofMinutes(5));
    String fourStepsAhead = device.totp(later.plus(STEP.multipliedBy(4)));
    Verification beyondCap =
        verifier.verify(secret, state, PresentedCode.parse(fourStepsAhead, 6), later);

    assertThat(beyondCap).isInstanceOf(Verification.ClockDrift.class);
    assertThat(((Verification.ClockDrift) beyondCap).offset().offset())
        .isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void aClockSetRightAgainIsAcceptedDespiteLearnedDriftAndTheDriftReturnsToZero() {
    TotpState driftedToCap = new TotpState(currentStep - 10, 0, 2);

    Verification result = verify(driftedToCap, Duration.ZERO);

    assertThat(result).isEqualTo(new Verification.Accepted(currentStep, 0, new WindowUse(0, 3)));
  }

  @Test
  void aResynchronisedBaseDriftMovesTheWindowWithoutCountingAgainstTheCap() {
    TotpState resynced = new TotpState(currentStep - 100, 8, 0);

    Verification result = verify(resynced, Duration.ofMinutes(4));

    assertThat(result)
        .isEqualTo(new Verification.Accepted(currentStep + 8, 0, new WindowUse(0, 3)));
  }

  @Test
  void aDriftLearnedUnderAWiderCapIsHeldToTheCurrentCap() {
    TotpVerifier noDrift =
        new TotpVerifier(parameters, new TotpRules(1, 0, Duration.ofMinutes(10)));
    TotpState learnedTwo = new TotpState(currentStep - 10, 0, 2);

    Verification threeAhead =
        noDrift.verify(secret, learnedTwo, codeWithClockOff(STEP.multipliedBy(3)), NOW);
    Verification oneAhead = noDrift.verify(secret, learnedTwo, codeWithClockOff(STEP), NOW);

    assertThat(threeAhead).isInstanceOf(Verification.ClockDrift.class);
    assertThat(oneAhead)
        .isEqualTo(new Verification.Accepted(currentStep + 1, 0, new WindowUse(1, 1)));
  }
}
