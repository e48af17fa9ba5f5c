package io.sigillo.signature.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  private static final Instant ISSUED = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(365));
  private static final ReminderSchedule DEFAULT =
      new ReminderSchedule(ReminderSchedule.DEFAULT_DAYS);

  private static Instant daysBefore(long days, long extraHours) {
    return EXPIRES.minus(Duration.ofDays(days)).plus(Duration.ofHours(extraHours));
  }

  @Test
  void nothingIsDueBeforeTheFirstThreshold() {
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, daysBefore(61, 0))).isEmpty();
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, daysBefore(60, 0).minusSeconds(1))).isEmpty();
  }

  @Test
  void eachThresholdIsPassedWhenAtMostThatManyDaysAreLeft() {
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, daysBefore(60, 0))).containsExactly(60);
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, daysBefore(30, 1))).containsExactly(60, 30);
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, daysBefore(7, 1))).containsExactly(60, 30, 7);
    assertThat(ReminderSchedule.toSend(List.of(60, 30, 7))).contains(7);
  }

  @Test
  void anExpiredCertificateIsRemindedOfNothing() {
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, EXPIRES)).isEmpty();
    assertThat(DEFAULT.passed(ISSUED, EXPIRES, EXPIRES.plusSeconds(1))).isEmpty();
  }

  @Test
  void aThresholdBeforeTheCertificateWasIssuedDoesNotCount() {
    Instant issued = EXPIRES.minus(Duration.ofDays(20));
    assertThat(DEFAULT.passed(issued, EXPIRES, issued.plusSeconds(60))).isEmpty();
    assertThat(DEFAULT.passed(issued, EXPIRES, daysBefore(7, 0))).containsExactly(7);
  }

  @Test
  void aTenantsDaysAreSortedAndStoredMostDistantFirst() {
    ReminderSchedule schedule = ReminderSchedule.parse("10, 45");
    assertThat(schedule.daysBeforeExpiry()).containsExactly(45, 10);
    assertThat(schedule.stored()).isEqualTo("45,10");
    assertThat(schedule.horizon()).isEqualTo(Duration.ofDays(45));
  }

  @Test
  void invalidDaysAreRefusedWithTheirCode() {
    for (List<Integer> days :
        List.of(
            List.<Integer>of(),
            List.of(0),
            List.of(30, 30),
            List.of(401),
            List.of(1, 2, 3, 4, 5, 6, 7))) {
      assertThatThrownBy(() -> new ReminderSchedule(days))
          .isInstanceOf(SigilloException.class)
          .extracting(e -> ((SigilloException) e).code())
          .isEqualTo(PlatformError.REMINDER_DAYS_INVALID);
    }
    assertThatThrownBy(() -> ReminderSchedule.parse("60,soon"))
        .isInstanceOf(SigilloException.class);
  }

  @Test
  void daysLeftAreRoundedUp() {
    assertThat(ReminderSchedule.daysLeft(EXPIRES, daysBefore(30, 1))).isEqualTo(30);
    assertThat(ReminderSchedule.daysLeft(EXPIRES, EXPIRES.minusSeconds(5))).isEqualTo(1);
  }
}
