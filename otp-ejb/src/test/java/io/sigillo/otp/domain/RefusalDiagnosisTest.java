package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.otp.api.ValidationStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a refused code really was, on the published vectors: a token pressed beyond its look-ahead
 * (RFC 4226 Appendix D) and a phone clock behind after a good sign-in (RFC 6238 Appendix B). Each
 * diagnosis is never an acceptance and never moves the replay floor, and a true replay stays one.
 */
class RefusalDiagnosisTest {

  private static final OtpSecret RFC_SEED =
      OtpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  // --- RFC 4226 Appendix D: counters 0..9 of the ASCII seed

  private static final String[] APPENDIX_D = {
    "755224", "287082", "359152", "969429", "338314",
    "254676", "287922", "162583", "399871", "520489"
  };

  private static Verification token(int lookAhead, int range, long lastAccepted, String code) {
    return new HotpVerifier(OtpParameters.defaults(), lookAhead, range)
        .verify(RFC_SEED, new HotpState(lastAccepted), PresentedCode.parse(code, 6));
  }

  @Test
  void aTokenCodeBeyondTheLookAheadIsDiagnosedAsPressesAheadAndNeverAccepted() {
    // counter 0 was used; look-ahead 2 accepts counters 1..3; counter 9 is 8 presses ahead
    Verification ahead = token(2, 1000, 0, APPENDIX_D[9]);

    assertThat(ahead).isEqualTo(new Verification.TokenAhead(8));
    assertThat(ahead.status()).isEqualTo(ValidationStatus.TOKEN_AHEAD);
    // the edge of the look-ahead is still accepted, one press further is diagnosed
    assertThat(token(2, 1000, 0, APPENDIX_D[3])).isInstanceOf(Verification.Accepted.class);
    assertThat(token(2, 1000, 0, APPENDIX_D[4])).isEqualTo(new Verification.TokenAhead(3));
  }

  @Test
  void aTokenCodeMatchingNothingIsAWrongCodeAndOneBeyondTheRangeToo() {
    assertThat(token(2, 1000, 0, "000000"))
        .isEqualTo(new Verification.Rejected(Verification.Reason.NO_MATCH));
    // with a diagnostic range of 5 presses, counter 9 (8 ahead) is out of reach
    assertThat(token(2, 5, 0, APPENDIX_D[9]))
        .isEqualTo(new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  @Test
  void theLastAcceptedTokenCodeStaysAReplayAndOlderOnesAreNotDiagnosedAsAhead() {
    assertThat(token(2, 1000, 5, APPENDIX_D[5]))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
    assertThat(token(2, 1000, 5, APPENDIX_D[1])).isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void sixtyPressesAheadOfARandomSeedAreSaidAsSixty() {
    OtpGenerator generator = new OtpGenerator(TestSecrets.FIXED, OtpParameters.defaults());
    Verification ahead =
        new HotpVerifier(OtpParameters.defaults(), 10, 1000)
            .verify(
                TestSecrets.FIXED,
                HotpState.expecting(2),
                PresentedCode.parse(generator.hotp(62), 6));
    assertThat(ahead).isEqualTo(new Verification.TokenAhead(60));
  }

  // --- RFC 6238 Appendix B: SHA-1, 8 digits, 30 s steps, at T = 1111111111 s (step 37037037)

  private static final OtpParameters EIGHT_DIGITS = OtpParameters.of(OtpAlgorithm.SHA1, 8);
  private static final Instant VECTOR_TIME = Instant.ofEpochSecond(1111111111L);
  private static final long VECTOR_STEP = 37037037L;
  private static final TotpVerifier APP =
      new TotpVerifier(EIGHT_DIGITS, new TotpRules(1, 2, Duration.ofMinutes(10)));

  private static Verification app(TotpState state, String code, Instant now) {
    return APP.verify(RFC_SEED, state, PresentedCode.parse(code, 8), now);
  }

  @Test
  void theVectorsCodeIsAcceptedAtItsStep() {
    assertThat(app(TotpState.enrolled(), "14050471", VECTOR_TIME))
        .isEqualTo(new Verification.Accepted(VECTOR_STEP, 0, new WindowUse(0, 3)));
  }

  @Test
  void aCodeFromAClockThreeMinutesBehindAfterAGoodSignInIsClockDriftNotAWrongCode() {
    // signed in three minutes after the vector's time with that moment's code: the floor moved
    // six steps above the vector's step, which was never accepted
    Instant later = VECTOR_TIME.plusSeconds(180);
    long laterStep = VECTOR_STEP + 6;
    TotpState afterSignIn = new TotpState(laterStep, 0, 0);

    Verification behind = app(afterSignIn, "14050471", later);

    assertThat(behind).isInstanceOf(Verification.ClockDrift.class);
    assertThat(behind.status()).isEqualTo(ValidationStatus.CLOCK_DRIFT);
    assertThat(((Verification.ClockDrift) behind).offset().offset())
        .isEqualTo(Duration.ofMinutes(-3));
    assertThat(((Verification.ClockDrift) behind).offset().render()).isEqualTo("−3 min");
  }

  @Test
  void aCodeReplayedFromAnEarlierSignInOutsideTheWindowIsStillAReplay() {
    // the vector's code was accepted at its step; three minutes later another sign-in moved the
    // floor: the bits remember the first
    long below = TotpState.acceptedBelowAfter(VECTOR_STEP, 0, VECTOR_STEP + 6);
    TotpState twoSignIns = new TotpState(VECTOR_STEP + 6, 0, 0, below);
    assertThat(twoSignIns.accepted(VECTOR_STEP)).isTrue();
    assertThat(twoSignIns.accepted(VECTOR_STEP + 1)).isFalse();

    assertThat(app(twoSignIns, "14050471", VECTOR_TIME.plusSeconds(180)))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
  }

  @Test
  void theGoodCodeItselfReplayedIsAReplay() {
    TotpState afterSignIn = new TotpState(VECTOR_STEP, 0, 0);
    assertThat(app(afterSignIn, "14050471", VECTOR_TIME))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
    // and still one a minute later, from outside the acceptance window
    assertThat(app(afterSignIn, "14050471", VECTOR_TIME.plusSeconds(90)))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
  }

  @Test
  void aStepBelowWhatIsRememberedIsNeitherDriftNorReplay() {
    // a floor 70 steps above the vector's step: whether it was accepted is no longer known
    long floor = VECTOR_STEP + 70;
    TotpState state = new TotpState(floor, 0, 0, -1L);
    Instant now = VECTOR_TIME.plusSeconds(30 * 5);
    Verification result =
        new TotpVerifier(EIGHT_DIGITS, new TotpRules(1, 2, Duration.ofMinutes(60)))
            .verify(RFC_SEED, state, PresentedCode.parse("14050471", 8), now);
    assertThat(result).isEqualTo(new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  @Test
  void theRememberedStepsFollowTheFloorAndForgetBeyondSixtyFour() {
    long below = TotpState.acceptedBelowAfter(TotpState.NONE, 0, 100);
    assertThat(below).isZero();
    below = TotpState.acceptedBelowAfter(100, below, 103);
    below = TotpState.acceptedBelowAfter(103, below, 110);
    TotpState state = new TotpState(110, 0, 0, below);
    assertThat(state.accepted(110)).isTrue();
    assertThat(state.accepted(103)).isTrue();
    assertThat(state.accepted(100)).isTrue();
    assertThat(state.accepted(101)).isFalse();
    assertThat(state.accepted(109)).isFalse();

    TotpState far = new TotpState(110 + 64, 0, 0, TotpState.acceptedBelowAfter(110, below, 174));
    assertThat(far.accepted(110)).isTrue();
    assertThat(far.accepted(103)).isFalse();
    assertThat(far.remembers(110)).isTrue();
    assertThat(far.remembers(109)).isFalse();
  }
}
