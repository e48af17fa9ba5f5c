package io.sigillo.otp.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V4 applies on H2 in PostgreSQL mode (the demo's database), and its counting update exhausts a
 * challenge on the last allowed attempt there too. PostgreSQL is covered by the integration tests.
 */
class SmsCodeSchemaTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:sms-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/otp")
        .table("schema_history_otp")
        .load()
        .migrate();
  }

  private int wrong(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "update otp_sms_code set attempts = attempts + 1,"
                + " status = case when attempts + 1 >= max_attempts then 'EXHAUSTED'"
                + " else status end,"
                + " closed_at = case when attempts + 1 >= max_attempts then ? else closed_at end"
                + " where id = ? and tenant_id = ? and status = 'OPEN'"
                + " and attempts < max_attempts and expires_at > ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, "c-1");
      ps.setString(3, "alpha");
      ps.setTimestamp(4, Timestamp.from(now));
      return ps.executeUpdate();
    }
  }

  @Test
  void theThirdWrongCodeExhaustsTheChallengeAndAFourthIsNotCounted() throws SQLException {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into otp_sms_code (id, tenant_id, owner, purpose, mobile_masked, code_key_id,"
                  + " code_hash, status, attempts, max_attempts, created_at, expires_at)"
                  + " values ('c-1', 'alpha', 'anna', 'LOGIN', '*********567', 'k1', ?, 'OPEN',"
                  + " 0, 3, ?, ?)")) {
        ps.setBytes(1, new byte[32]);
        ps.setTimestamp(2, Timestamp.from(now));
        ps.setTimestamp(3, Timestamp.from(now.plusSeconds(300)));
        ps.executeUpdate();
      }

      assertThat(wrong(c, now)).isEqualTo(1);
      assertThat(wrong(c, now)).isEqualTo(1);
      assertThat(wrong(c, now)).isEqualTo(1);
      assertThat(wrong(c, now)).as("exhausted: nothing more counted").isZero();

      try (ResultSet rs =
          c.createStatement()
              .executeQuery("select status, attempts from otp_sms_code where id = 'c-1'")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("EXHAUSTED");
        assertThat(rs.getInt(2)).isEqualTo(3);
      }
    }
  }

  private int takeSlot(Connection c, Instant now, Instant cooldownFrom) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into otp_sms_throttle (tenant_id, owner, purpose, last_sent_at)"
                + " values ('alpha', 'anna', 'LOGIN', ?) on conflict do nothing")) {
      insert.setTimestamp(1, Timestamp.from(now));
      if (insert.executeUpdate() == 1) {
        return 1;
      }
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "update otp_sms_throttle set last_sent_at = ? where tenant_id = 'alpha'"
                + " and owner = 'anna' and purpose = 'LOGIN' and last_sent_at <= ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setTimestamp(2, Timestamp.from(cooldownFrom));
      return update.executeUpdate();
    }
  }

  @Test
  void theSendSlotIsTakenOncePerCooldownOnH2Too() throws SQLException {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    try (Connection c = dataSource.getConnection()) {
      assertThat(takeSlot(c, now, now.minusSeconds(60))).as("first send creates the row").isOne();
      assertThat(takeSlot(c, now.plusSeconds(10), now.minusSeconds(50)))
          .as("within the cooldown")
          .isZero();
      assertThat(takeSlot(c, now.plusSeconds(61), now.plusSeconds(1))).isOne();
    }
  }
}
