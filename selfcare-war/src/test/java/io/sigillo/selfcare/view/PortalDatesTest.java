package io.sigillo.selfcare.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PortalDatesTest {

  private final PortalDates dates = new PortalDates();

  @Test
  void anInstantIsShownInRomesTimeWinterAndSummer() {
    assertThat(dates.moment(Instant.parse("2026-12-07T18:30:00Z"))).isEqualTo("07/12/2026 19:30");
    assertThat(dates.moment(Instant.parse("2026-07-07T18:30:00Z"))).isEqualTo("07/07/2026 20:30");
  }

  @Test
  void anOffsetTimeInUtcIsShownInRomesTimeToo() {
    OffsetDateTime lateUtc = OffsetDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC);
    assertThat(dates.day(lateUtc)).isEqualTo("01/01/2027");
    assertThat(dates.moment(lateUtc)).isEqualTo("01/01/2027 00:30");
  }

  @Test
  void nothingIsAnEmptyText() {
    assertThat(dates.moment(null)).isEmpty();
  }
}
