package io.sigillo.otp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V31 applies on H2 in PostgreSQL mode (the demo's database), and the claimant lock's statements
 * (TokenStore.lockClaimant) run there: the first claim creates the row, later ones find it, and it
 * can be locked. That claims then wait for each other is proven on PostgreSQL by TokenInventoryIT.
 */
class TokenClaimantSchemaTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:claimant-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/otp")
        .table("schema_history_otp")
        .load()
        .migrate();
  }

  private static int create(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into otp_token_claimant (tenant_id, claimant) values (?, ?)"
                + " on conflict do nothing")) {
      ps.setString(1, "alpha");
      ps.setString(2, "mallory");
      return ps.executeUpdate();
    }
  }

  @Test
  void theFirstClaimCreatesTheClaimantsRowAndEveryClaimLocksIt() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      assertThat(create(c)).isEqualTo(1);
      assertThat(create(c)).isZero();
      try (PreparedStatement ps =
          c.prepareStatement(
              "select claimant from otp_token_claimant where tenant_id = ? and claimant = ?"
                  + " for update")) {
        ps.setString(1, "alpha");
        ps.setString(2, "mallory");
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
        }
      }
      c.commit();
    }
  }
}
