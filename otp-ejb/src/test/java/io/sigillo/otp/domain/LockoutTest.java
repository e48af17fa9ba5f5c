package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockoutTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:15:00Z");

  private final PurposePolicy policy = PurposePolicy.defaults();

  @Test
  void aFreshDeviceMayTryWithTheFullAllowance() {
    assertThat(Lockout.beforeAttempt(false, FailureCount.NONE, policy, T0))
        .isEqualTo(new AttemptDecision.Allowed(5));
  }

  @Test
  void theFifthConsecutiveFailureLocksWithIncreasingDelaysBefore() {
    FailureCount failures = FailureCount.NONE;
    Instant now = T0;
    Duration[] announced = new Duration[4];
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(Lockout.beforeAttempt(false, failures, policy, now))
          .isEqualTo(new AttemptDecision.Allowed(6 - attempt));
      failures = failures.plusOne(now);
      Lockout.FailureOutcome outcome = Lockout.afterFailure(failures, policy);
      assertThat(outcome.lockDevice()).isFalse();
      assertThat(outcome.remainingAttempts()).isEqualTo(5 - attempt);
      announced[attempt - 1] = outcome.delayBeforeNext();
      now = now.plus(outcome.delayBeforeNext());
    }
    assertThat(announced)
        .containsExactly(
            Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(45));

    FailureCount five = failures.plusOne(now);
    Lockout.FailureOutcome fifth = Lockout.afterFailure(five, policy);
    assertThat(fifth.lockDevice()).isTrue();
    assertThat(fifth.remainingAttempts()).isZero();
    assertThat(Lockout.beforeAttempt(false, five, policy, now.plusSeconds(3600)))
        .isEqualTo(new AttemptDecision.Locked());
  }

  @Test
  void anAttemptDuringTheDelayIsRefusedWithTheTimeLeft() {
    FailureCount two = new FailureCount(2, Optional.of(T0));

    assertThat(Lockout.beforeAttempt(false, two, policy, T0.plusSeconds(2)))
        .isEqualTo(new AttemptDecision.Delayed(Duration.ofSeconds(3)));
    assertThat(Lockout.beforeAttempt(false, two, policy, T0.plusSeconds(5)))
        .isEqualTo(new AttemptDecision.Allowed(3));
  }

  @Test
  void aLockedDeviceRefusesEverythingWhateverItsCount() {
    assertThat(Lockout.beforeAttempt(true, FailureCount.NONE, policy, T0))
        .isEqualTo(new AttemptDecision.Locked());
  }

  @Test
  void failuresCountedOnAnotherNodeAreHonoured() {
    FailureCount incrementedByTheStore = new FailureCount(5, Optional.of(T0));
    assertThat(Lockout.afterFailure(incrementedByTheStore, policy).lockDevice()).isTrue();
    assertThat(Lockout.afterFailure(new FailureCount(7, Optional.of(T0)), policy).lockDevice())
        .isTrue();
  }

  @Test
  void successClearsTheCount() {
    assertThat(Lockout.afterSuccess()).isEqualTo(FailureCount.NONE);
  }
}
