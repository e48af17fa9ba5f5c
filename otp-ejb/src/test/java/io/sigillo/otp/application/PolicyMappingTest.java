package io.sigillo.otp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.TotpEnrolmentSettings;
import io.sigillo.otp.domain.OtpAlgorithm;
import io.sigillo.otp.domain.OtpParameters;
import io.sigillo.otp.domain.OtpPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolicyMappingTest {

  private static PolicySettings withEnrolment(TotpEnrolmentSettings enrolment) {
    PolicySettings defaults = PolicyMapping.settings(OtpPolicy.defaults());
    return new PolicySettings(
        defaults.login(),
        defaults.sign(),
        defaults.driftCapSteps(),
        defaults.diagnosticWindowSeconds(),
        defaults.resyncHotpWindow(),
        defaults.resyncTotpSteps(),
        defaults.resyncThirdCodeBeyond(),
        enrolment);
  }

  @Test
  void theDefaultPolicyEnrolsAppsWithSha1SixDigitsAndThirtySeconds() {
    assertThat(OtpPolicy.defaults().totpEnrolment()).isEqualTo(OtpParameters.defaults());
    assertThat(PolicyMapping.settings(OtpPolicy.defaults()).totpEnrolment())
        .isEqualTo(new TotpEnrolmentSettings("SHA1", 6, 30));
  }

  @Test
  void enrolmentParametersSurviveTheRoundTripAndAcceptTheHyphenatedName() {
    OtpPolicy policy =
        PolicyMapping.policy(withEnrolment(new TotpEnrolmentSettings("sha-512", 8, 45)));

    assertThat(policy.totpEnrolment())
        .isEqualTo(new OtpParameters(OtpAlgorithm.SHA512, 8, Duration.ofSeconds(45)));
    assertThat(PolicyMapping.settings(policy).totpEnrolment())
        .isEqualTo(new TotpEnrolmentSettings("SHA512", 8, 45));
  }

  @Test
  void anUnknownAlgorithmSevenDigitsOrAPeriodOutOfRangeIsAnInvalidPolicy() {
    for (TotpEnrolmentSettings bad :
        new TotpEnrolmentSettings[] {
          new TotpEnrolmentSettings("MD5", 6, 30),
          new TotpEnrolmentSettings("SHA256", 7, 30),
          new TotpEnrolmentSettings("SHA256", 6, 10),
          new TotpEnrolmentSettings("SHA256", 6, 301)
        }) {
      assertThatThrownBy(() -> PolicyMapping.policy(withEnrolment(bad)))
          .as("%s", bad)
          .isInstanceOfSatisfying(
              SigilloException.class, e -> assertThat(e.code()).isEqualTo(OtpError.POLICY_INVALID));
    }
  }
}
