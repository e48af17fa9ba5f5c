package io.sigillo.otp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The otp migrations apply on H2 in PostgreSQL mode (the embedded database of the demo and the
 * tests), and the replay floor's compare-and-set behaves as the domain expects. PostgreSQL itself
 * is covered by the integration tests.
 */
class OtpDeviceSchemaTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:otp-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/otp")
        .table("schema_history_otp")
        .load()
        .migrate();
  }

  private long insertDevice(Connection c, String tenant, String serial) throws SQLException {
    long id;
    try (var rs = c.createStatement().executeQuery("select nextval('otp_device_seq')")) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into otp_device (id, tenant_id, owner, type, status, serial, algorithm, digits,"
                + " period_seconds, created_at, secret_key_id, secret_data)"
                + " values (?, ?, 'anna', 'HOTP', 'PENDING', ?, 'SHA1', 6, 30, ?, 'k1', ?)")) {
      ps.setLong(1, id);
      ps.setString(2, tenant);
      ps.setString(3, serial);
      ps.setTimestamp(4, Timestamp.from(Instant.now()));
      ps.setBytes(5, new byte[] {1, 2, 3});
      ps.executeUpdate();
    }
    return id;
  }

  private int advanceFloor(Connection c, long id, long accepted) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "update otp_device set last_accepted = ? where id = ? and last_accepted < ?")) {
      ps.setLong(1, accepted);
      ps.setLong(2, id);
      ps.setLong(3, accepted);
      return ps.executeUpdate();
    }
  }

  @Test
  void theReplayFloorAdvancesOnceAndNeverBackwards() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long id = insertDevice(c, "alpha", "T-1");

      assertThat(advanceFloor(c, id, 41)).isEqualTo(1);
      assertThat(advanceFloor(c, id, 41)).as("the same code again").isZero();
      assertThat(advanceFloor(c, id, 40)).as("an older code").isZero();
      assertThat(advanceFloor(c, id, 42)).isEqualTo(1);
    }
  }

  @Test
  void aSerialIsUniquePerTenantOnlyAndEveryRowHasATenant() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      insertDevice(c, "alpha", "T-1");
      insertDevice(c, "beta", "T-1");

      assertThatThrownBy(() -> insertDevice(c, "alpha", "T-1")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> insertDevice(c, null, "T-2")).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void sequenceAllocatesInBlocksOfFiftyAsTheEntityExpects() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long first = insertDevice(c, "alpha", null);
      long second = insertDevice(c, "alpha", null);
      assertThat(second - first).isEqualTo(50);
    }
  }
}
