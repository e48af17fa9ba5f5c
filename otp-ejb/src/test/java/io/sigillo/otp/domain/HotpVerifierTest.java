package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HotpVerifierTest {

  private final OtpParameters parameters = OtpParameters.defaults();
  private final OtpSecret secret = TestSecrets.FIXED;
  private final OtpGenerator token = new OtpGenerator(secret, parameters);
  private final HotpVerifier verifier = new HotpVerifier(parameters, 10);

  private Verification verify(HotpState state, long counterShown) {
    return verifier.verify(secret, state, PresentedCode.parse(token.hotp(counterShown), 6));
  }

  @Test
  void theExpectedCounterIsAcceptedAndBecomesTheReplayFloor() {
    assertThat(verify(HotpState.expecting(0), 0))
        .isEqualTo(new Verification.Accepted(0, 0, new WindowUse(0, 10)));
  }

  @Test
  void upToTenSkippedPressesAreAcceptedAndTheEleventhIsNot() {
    HotpState state = new HotpState(41);

    assertThat(verify(state, 52))
        .isEqualTo(new Verification.Accepted(52, 0, new WindowUse(10, 10)));
    assertThat(((Verification.Accepted) verify(state, 52)).windowUse().headroom()).isZero();
    assertThat(verify(state, 53))
        .isEqualTo(new Verification.Rejected(Verification.Reason.NO_MATCH));
  }

  @Test
  void theLastAcceptedCodeIsRefusedAsAReplay() {
    assertThat(verify(new HotpState(41), 41))
        .isEqualTo(new Verification.Rejected(Verification.Reason.REPLAYED));
  }

  @Test
  void olderCodesAreNeverAccepted() {
    assertThat(verify(new HotpState(41), 30)).isInstanceOf(Verification.Rejected.class);
  }
}
