package io.sigillo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.identity.api.CodeCheck;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailCodeTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  private static EmailCode code() {
    return new EmailCode(
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        7,
        EmailCodePurpose.RECOVERY,
        "right",
        3,
        NOW,
        Duration.ofMinutes(5),
        null);
  }

  @Test
  void theRightCodeIsAcceptedOnceOnly() {
    EmailCode code = code();
    assertThat(code.check("right", NOW.plusSeconds(10))).isEqualTo(CodeCheck.VERIFIED);
    assertThat(code.check("right", NOW.plusSeconds(20))).isEqualTo(CodeCheck.ALREADY_USED);
  }

  @Test
  void threeWrongCodesExhaustItAndThenEvenTheRightOneIsRefused() {
    EmailCode code = code();
    assertThat(code.check("wrong", NOW)).isEqualTo(CodeCheck.WRONG);
    assertThat(code.attemptsLeft()).isEqualTo(2);
    assertThat(code.check("wrong", NOW)).isEqualTo(CodeCheck.WRONG);
    assertThat(code.check("wrong", NOW)).isEqualTo(CodeCheck.EXHAUSTED);
    assertThat(code.check("right", NOW)).isEqualTo(CodeCheck.EXHAUSTED);
  }

  @Test
  void itExpiresAfterItsLifetimeAndWhenANewerCodeSupersedesIt() {
    assertThat(code().check("right", NOW.plus(Duration.ofMinutes(5)))).isEqualTo(CodeCheck.EXPIRED);
    EmailCode superseded = code();
    superseded.supersede(NOW.plusSeconds(70));
    assertThat(superseded.check("right", NOW.plusSeconds(71))).isEqualTo(CodeCheck.EXPIRED);
  }
}
