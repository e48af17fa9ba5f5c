package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfUnlockQuotaTest {

  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

  @Test
  void allowedWhileFewerThanTheQuotaFellInTheLast30Days() {
    List<Instant> previous = List.of(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(2)));

    assertThat(SelfUnlockQuota.check(previous, 3, NOW))
        .isEqualTo(new SelfUnlockQuota.Decision.Allowed(1));
  }

  @Test
  void exhaustedUntilTheOldestCountedUnlockLeavesTheRollingWindow() {
    Instant oldest = NOW.minus(Duration.ofDays(20));
    List<Instant> previous =
        List.of(NOW.minus(Duration.ofDays(1)), oldest, NOW.minus(Duration.ofDays(10)));

    assertThat(SelfUnlockQuota.check(previous, 3, NOW))
        .isEqualTo(new SelfUnlockQuota.Decision.Exhausted(oldest.plus(Duration.ofDays(30))));
    assertThat(SelfUnlockQuota.check(previous, 3, oldest.plus(Duration.ofDays(30))))
        .isEqualTo(new SelfUnlockQuota.Decision.Allowed(0));
  }

  @Test
  void aZeroQuotaLeavesUnlockingToOperators() {
    assertThat(SelfUnlockQuota.check(List.of(), 0, NOW))
        .isEqualTo(new SelfUnlockQuota.Decision.OperatorOnly());
  }
}
