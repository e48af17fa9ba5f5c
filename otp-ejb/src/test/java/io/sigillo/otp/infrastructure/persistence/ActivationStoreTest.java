package io.sigillo.otp.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The last activation link's time is read by a native query, whose driver decides the Java type: on
 * H2 (the run command's database) a staff member asking for a second link got "something went
 * wrong" (SIG-000) instead of the one-minute wait, because only PostgreSQL's type was expected.
 */
class ActivationStoreTest {

  private static final Instant SENT = Instant.parse("2026-12-07T09:59:30Z");

  @Test
  void readsTheTimeAsPostgresqlAndH2ReturnIt() {
    assertThat(ActivationStore.instant(Timestamp.from(SENT))).isEqualTo(SENT);
    assertThat(ActivationStore.instant(OffsetDateTime.ofInstant(SENT, ZoneOffset.UTC)))
        .isEqualTo(SENT);
    assertThat(ActivationStore.instant(SENT.atOffset(ZoneOffset.ofHours(1)))).isEqualTo(SENT);
  }
}
