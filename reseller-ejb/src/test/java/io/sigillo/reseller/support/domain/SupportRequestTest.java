package io.sigillo.reseller.support.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.reseller.support.api.NewSupportRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SupportRequestTest {

  private static final OffsetDateTime OPENED =
      OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

  private final SupportRequest request =
      new SupportRequest(
          "mario",
          new NewSupportRequest(
              "SIG-001", "abc", "Linux", "Chrome 131", "La pagina non si apre.", null),
          OPENED);

  @Test
  void closingAnsweredOrOpenRequestsClosesThemOnceAndReopeningBringsThemBack() {
    request.answered(true, OPENED.plusMinutes(5));
    assertThat(request.close(OPENED.plusMinutes(10))).isTrue();
    assertThat(request.closed()).isTrue();
    assertThat(request.close(OPENED.plusMinutes(11))).isFalse();

    assertThat(request.reopen(OPENED.plusMinutes(20))).isTrue();
    assertThat(request.closed()).isFalse();
    assertThat(request.reopen(OPENED.plusMinutes(21))).isFalse();
  }
}
