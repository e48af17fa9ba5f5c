package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.Purpose;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {

  @Test
  void defaultsAreThoseOfTheIssue() {
    OtpPolicy policy = OtpPolicy.defaults();

    for (Purpose purpose : Purpose.values()) {
      PurposePolicy rules = policy.forPurpose(purpose);
      assertThat(rules.totpWindowSteps()).isEqualTo(1);
      assertThat(rules.hotpLookAhead()).isEqualTo(10);
      assertThat(rules.lockoutThreshold()).isEqualTo(5);
      assertThat(rules.selfUnlocksPer30Days()).isEqualTo(3);
    }
    assertThat(policy.driftCapSteps()).isEqualTo(2);
    assertThat(policy.diagnosticWindow()).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.resync()).isEqualTo(new ResyncPolicy(1_000, 120, 10_000));
    assertThat(policy.totpRules(Purpose.LOGIN))
        .isEqualTo(new TotpRules(1, 2, Duration.ofMinutes(10)));
  }

  @Test
  void purposesKeepTheirOwnWindowsAndTheStrictestSelfUnlockQuotaApplies() {
    PurposePolicy login = PurposePolicy.defaults();
    PurposePolicy sign = new PurposePolicy(0, 5, 3, Duration.ofSeconds(10), 1);
    OtpPolicy policy =
        new OtpPolicy(
            Map.of(Purpose.LOGIN, login, Purpose.SIGN, sign),
            2,
            Duration.ofMinutes(10),
            ResyncPolicy.defaults());

    assertThat(policy.totpRules(Purpose.LOGIN).windowSteps()).isEqualTo(1);
    assertThat(policy.totpRules(Purpose.SIGN).windowSteps()).isZero();
    assertThat(policy.forPurpose(Purpose.SIGN).lockoutThreshold()).isEqualTo(3);
    assertThat(policy.selfUnlocksPer30Days()).isEqualTo(1);
  }

  @Test
  void delaysGrowBeforeTheLockAndAreCapped() {
    PurposePolicy rules = PurposePolicy.defaults();

    assertThat(rules.delayAfter(0)).isZero();
    assertThat(rules.delayAfter(1)).isZero();
    assertThat(rules.delayAfter(2)).isEqualTo(Duration.ofSeconds(5));
    assertThat(rules.delayAfter(3)).isEqualTo(Duration.ofSeconds(15));
    assertThat(rules.delayAfter(4)).isEqualTo(Duration.ofSeconds(45));
    assertThat(rules.delayAfter(20)).isEqualTo(PurposePolicy.MAX_DELAY);
  }

  @Test
  void aPolicyMissingAPurposeOrOutOfRangeIsACataloguedError() {
    assertThatThrownBy(
            () ->
                new OtpPolicy(
                    Map.of(Purpose.LOGIN, PurposePolicy.defaults()),
                    2,
                    Duration.ofMinutes(10),
                    ResyncPolicy.defaults()))
        .isInstanceOfSatisfying(
            SigilloException.class, e -> assertThat(e.code()).isEqualTo(OtpError.POLICY_INVALID));
    assertThatThrownBy(() -> new PurposePolicy(1, 10, 0, Duration.ZERO, 3))
        .isInstanceOfSatisfying(
            SigilloException.class,
            e -> assertThat(e.arguments()).containsExactly("lockoutThreshold", "1..20"));
    assertThatThrownBy(() -> new ResyncPolicy(100_001, 120, 10_000))
        .isInstanceOf(SigilloException.class);
    assertThat(new ResyncPolicy(100_000, 2_880, 10_000).hotpWindow()).isEqualTo(100_000);
    assertThatThrownBy(() -> OtpParameters.of(OtpAlgorithm.SHA1, 7))
        .isInstanceOf(SigilloException.class);
  }
}
