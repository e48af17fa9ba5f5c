package io.sigillo.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockOffsetTest {

  @Test
  void rendersWholeMinutesWithASign() {
    assertThat(new ClockOffset(Duration.ofMinutes(4)).render()).isEqualTo("+4 min");
    assertThat(new ClockOffset(Duration.ofMinutes(-3)).render()).isEqualTo("\u22123 min");
    assertThat(new ClockOffset(Duration.ofSeconds(90)).render()).isEqualTo("+2 min");
    assertThat(new ClockOffset(Duration.ofSeconds(-60)).render()).isEqualTo("\u22121 min");
    assertThat(new ClockOffset(Duration.ZERO).render()).isEqualTo("+0 min");
  }
}
