package io.sigillo.otp.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.SmsCodeStatus;
import io.sigillo.otp.api.SmsPurpose;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsCodeTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void randomCodesAreSixDigitsWithLeadingZerosKeptAndSpreadOut() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = SmsCode.random(random);
      assertThat(code).matches("[0-9]{6}");
      seen.add(code);
    }
    assertThat(seen).as("no small cycle").hasSizeGreaterThan(1_990);
  }

  @Test
  void aTypedCodeMayCarrySpacesButNothingElse() {
    assertThat(SmsCode.parse(" 012 345 ")).isEqualTo("012345");
    for (String bad : new String[] {"12345", "1234567", "12345a", "", null, "١٢٣٤٥٦"}) {
      assertThatThrownBy(() -> SmsCode.parse(bad))
          .isInstanceOfSatisfying(
              SigilloException.class, e -> assertThat(e.code()).isEqualTo(OtpError.CODE_MALFORMED));
    }
  }

  @Test
  void theDefaultRulesAreFiveMinutesThreeAttemptsOneMinuteCooldownFivePerHour() {
    SmsCodeRules rules = SmsCodeRules.defaults();
    assertThat(rules.lifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(rules.maxAttempts()).isEqualTo(3);
    assertThat(rules.resendCooldown()).isEqualTo(Duration.ofSeconds(60));
    assertThat(rules.sendsPerHour()).isEqualTo(5);
  }

  @Test
  void rulesOutsideTheirRangesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new SmsCodeRules(Duration.ofHours(1), 3, Duration.ofSeconds(60), 5))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> {
              assertThat(e.code()).isEqualTo(OtpError.POLICY_INVALID);
              assertThat(e.arguments()).containsExactly("lifetimeSeconds", "60..900");
            });
    assertThatThrownBy(() -> new SmsCodeRules(Duration.ofMinutes(5), 0, Duration.ofSeconds(60), 5))
        .isInstanceOf(SigilloException.class);
  }

  private static SmsChallengeState state(SmsChallengeState.Status status, int attempts) {
    return new SmsChallengeState(
        "anna",
        SmsPurpose.LOGIN,
        status,
        attempts,
        3,
        NOW.plus(Duration.ofMinutes(5)),
        "k1",
        new byte[32]);
  }

  @Test
  void aChallengeIsOpenOnlyWhileInTimeUnusedAndNotExhausted() {
    assertThat(state(SmsChallengeState.Status.OPEN, 2).closed(NOW)).isEmpty();
    assertThat(state(SmsChallengeState.Status.OPEN, 0).closed(NOW.plus(Duration.ofMinutes(5))))
        .contains(SmsCodeStatus.EXPIRED);
    assertThat(state(SmsChallengeState.Status.OPEN, 3).closed(NOW))
        .contains(SmsCodeStatus.EXHAUSTED);
    assertThat(state(SmsChallengeState.Status.VERIFIED, 0).closed(NOW))
        .contains(SmsCodeStatus.ALREADY_USED);
    assertThat(state(SmsChallengeState.Status.EXHAUSTED, 3).closed(NOW))
        .contains(SmsCodeStatus.EXHAUSTED);
    assertThat(state(SmsChallengeState.Status.SUPERSEDED, 0).closed(NOW))
        .as("a newer code was sent")
        .contains(SmsCodeStatus.EXPIRED);
  }
}
