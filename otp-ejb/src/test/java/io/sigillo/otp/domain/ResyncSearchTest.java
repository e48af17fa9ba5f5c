package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ResyncSearchTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:10Z");

  private final OtpParameters parameters = OtpParameters.defaults();
  private final OtpSecret secret = TestSecrets.FIXED;
  private final OtpGenerator device = new OtpGenerator(secret, parameters);
  private final ResyncSearch search = new ResyncSearch(parameters, ResyncPolicy.defaults());

  private List<PresentedCode> hotpCodes(long... counters) {
    return LongStream.of(counters).mapToObj(c -> PresentedCode.parse(device.hotp(c), 6)).toList();
  }

  @Test
  void aTokenPressed500TimesIsFoundFromTwoConsecutiveCodes() {
    HotpState state = new HotpState(99);
    assertThat(new HotpVerifier(parameters, 10).verify(secret, state, hotpCodes(600).get(0)))
        .as("out of the look-ahead before resynchronisation")
        .isInstanceOf(Verification.Rejected.class);

    Resync result = search.hotp(secret, state, hotpCodes(600, 601));

    assertThat(result).isEqualTo(new Resync.Found(601, 0, 500));
    HotpState after = new HotpState(((Resync.Found) result).lastAccepted());
    assertThat(new HotpVerifier(parameters, 10).verify(secret, after, hotpCodes(602).get(0)))
        .isEqualTo(new Verification.Accepted(602, 0, new WindowUse(0, 10)));
  }

  @Test
  void nonConsecutiveOrSwappedCodesAreNotFound() {
    HotpState state = new HotpState(99);
    assertThat(search.hotp(secret, state, hotpCodes(600, 602))).isEqualTo(new Resync.NotFound());
    assertThat(search.hotp(secret, state, hotpCodes(601, 600))).isEqualTo(new Resync.NotFound());
    assertThat(search.hotp(secret, state, hotpCodes(600, 600))).isEqualTo(new Resync.NotFound());
  }

  @Test
  void codesBeyondTheSearchWindowAreNotFound() {
    assertThat(search.hotp(secret, new HotpState(-1), hotpCodes(1_000, 1_001)))
        .isEqualTo(new Resync.NotFound());
    assertThat(search.hotp(secret, new HotpState(-1), hotpCodes(998, 999)))
        .isEqualTo(new Resync.Found(999, 0, 998));
  }

  @Test
  void usedCodesCannotRewindTheCounter() {
    assertThat(search.hotp(secret, new HotpState(700), hotpCodes(600, 601)))
        .isEqualTo(new Resync.NotFound());
  }

  @Test
  void farBeyondTheThresholdAThirdCodeIsRequiredAndThenSuffices() {
    ResyncSearch wide = new ResyncSearch(parameters, new ResyncPolicy(100_000, 120, 10_000));

    assertThat(wide.hotp(secret, new HotpState(-1), hotpCodes(20_000, 20_001)))
        .isEqualTo(new Resync.ThirdCodeNeeded(20_000));
    assertThat(wide.hotp(secret, new HotpState(-1), hotpCodes(20_000, 20_001, 20_002)))
        .isEqualTo(new Resync.Found(20_002, 0, 20_000));
    assertThat(wide.hotp(secret, new HotpState(-1), hotpCodes(20_000, 20_001, 20_003)))
        .isEqualTo(new Resync.NotFound());
  }

  @Test
  void oneOrFourCodesAreAnInputError() {
    assertThatThrownBy(() -> search.hotp(secret, new HotpState(-1), hotpCodes(1)))
        .isInstanceOf(SigilloException.class);
    assertThatThrownBy(() -> search.hotp(secret, new HotpState(-1), hotpCodes(1, 2, 3, 4)))
        .isInstanceOf(SigilloException.class);
  }

  @Test
  void aTotpTokenTwentyMinutesAheadIsFoundAndItsDriftSetAsBase() {
    Duration ahead = Duration.ofMinutes(20);
    List<PresentedCode> codes =
        List.of(
            PresentedCode.parse(device.totp(NOW.plus(ahead).minusSeconds(30)), 6),
            PresentedCode.parse(device.totp(NOW.plus(ahead)), 6));

    Resync result = search.totp(secret, TotpState.enrolled(), codes, NOW);

    long current = parameters.stepAt(NOW);
    assertThat(result).isEqualTo(new Resync.Found(current + 40, 40, 40));
    TotpState after = new TotpState(current + 40, 40, 0);
    TotpVerifier verifier =
        new TotpVerifier(parameters, OtpPolicy.defaults().totpRules(Purpose.LOGIN));
    Instant next = NOW.plusSeconds(30);
    assertThat(
            verifier.verify(
                secret, after, PresentedCode.parse(device.totp(next.plus(ahead)), 6), next))
        .isInstanceOf(Verification.Accepted.class);
  }

  @Test
  void totpCodesThatAreNotConsecutiveChangeNothing() {
    List<PresentedCode> codes =
        List.of(
            PresentedCode.parse(device.totp(NOW.minusSeconds(60)), 6),
            PresentedCode.parse(device.totp(NOW), 6));
    assertThat(search.totp(secret, TotpState.enrolled(), codes, NOW))
        .isEqualTo(new Resync.NotFound());
  }
}
