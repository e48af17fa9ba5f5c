package io.sigillo.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database at the last release before the tenancy and reseller modules existed is upgraded by
 * today's {@link SchemaMigrator}, on PostgreSQL (production, the ITs) and on H2 in PostgreSQL mode
 * (the embedded default of {@code scripts/run.sh}).
 *
 * <p>The released layout is rebuilt the way the released migrator built it: core, selfcare, otp,
 * identity, signature, each with its own {@code schema_history_<module>} and a baseline at 0. The
 * released selfcare module was the four files that tenancy (V1, V2) and reseller (V3, V4) now hold,
 * unchanged byte for byte (Flyway's checksums would refuse an applied migration that changed), so
 * the two folders together, recorded in one {@code schema_history_selfcare}, are the released
 * module; the other modules' files have not changed since either.
 */
class SchemaUpgradeTest {

  private static final List<String> RELEASED_MODULES =
      List.of("core", "selfcare", "otp", "identity", "signature");

  private static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};

  @Test
  void aReleasedPostgresqlDatabaseUpgradesWithoutLossOrRepeats() throws SQLException {
    String host = System.getProperty("sigillo.upgrade.db.host", "127.0.0.1");
    int port = Integer.getInteger("sigillo.upgrade.db.port", 5432);
    String user = System.getProperty("sigillo.upgrade.db.user", "postgres");
    String name = "sigillo_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
    String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    execute(admin, user, "create database " + name);
    try {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setServerNames(new String[] {host});
      dataSource.setPortNumbers(new int[] {port});
      dataSource.setDatabaseName(name);
      dataSource.setUser(user);
      upgradesWithoutLossOrRepeats(dataSource);
    } finally {
      execute(admin, user, "drop database if exists " + name + " with (force)");
    }
  }

  @Test
  void aReleasedH2DatabaseInPostgresqlModeUpgradesWithoutLossOrRepeats() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    // run.sh's embedded default, in memory; kept open between Flyway's connections
    dataSource.setURL(
        "jdbc:h2:mem:upgrade-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    try {
      upgradesWithoutLossOrRepeats(dataSource);
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      }
    }
  }

  private void upgradesWithoutLossOrRepeats(DataSource dataSource) throws SQLException {
    migrateAsReleased(dataSource);
    writeRowsOfEveryMovedTable(dataSource);
    Map<String, List<String>> released = histories(dataSource);

    SchemaMigrator.migrate(dataSource, getClass().getClassLoader());

    Map<String, List<String>> upgraded = histories(dataSource);
    assertThat(upgraded).as("the released histories are untouched").containsAllEntriesOf(released);
    assertThat(upgraded.get("tenancy"))
        .as("tenancy starts where selfcare's tenant migrations ended")
        .containsExactly("2 BASELINE from schema_history_selfcare");
    assertThat(upgraded.get("reseller"))
        .as("reseller starts where selfcare's support and guide migrations ended")
        .containsExactly("4 BASELINE from schema_history_selfcare");
    assertThat(scriptsRun(upgraded)).as("no migration ran twice").doesNotHaveDuplicates();
    assertRowsIntact(dataSource);

    SchemaMigrator.migrate(dataSource, getClass().getClassLoader());

    assertThat(histories(dataSource)).as("a second run is a no-op").isEqualTo(upgraded);
    assertRowsIntact(dataSource);
  }

  /** What the released migrator did (its {@code MODULES} then, baseline 0 for every module). */
  private void migrateAsReleased(DataSource dataSource) {
    for (String module : RELEASED_MODULES) {
      Flyway.configure(getClass().getClassLoader())
          .dataSource(dataSource)
          .locations(
              "selfcare".equals(module)
                  ? new String[] {
                    "classpath:db/migration/tenancy", "classpath:db/migration/reseller"
                  }
                  : new String[] {"classpath:db/migration/" + module})
          .table("schema_history_" + module)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .failOnMissingLocations(false)
          .load()
          .migrate();
    }
  }

  private static void writeRowsOfEveryMovedTable(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into tenant (id, slug, display_name, primary_color, accent_color,"
              + " support_email, status, created_at) values (7, 'alpha', 'Alpha Fiduciaria',"
              + " '#0b5394', '#e69138', 'help@alpha.example', 'ACTIVE', current_timestamp)");
      s.executeUpdate("insert into tenant_host (tenant_ref, host) values (7, 'alpha.localhost')");
      s.executeUpdate(
          "insert into support_request (id, tenant_id, requester, error_code, os, browser,"
              + " description, status, created_at, updated_at) values (51, 'alpha', 'anna',"
              + " 'OTP-021', 'Linux', 'Firefox', 'Il codice non arriva', 'OPEN',"
              + " current_timestamp, current_timestamp)");
      s.executeUpdate(
          "insert into support_reply (id, tenant_id, request_id, author, from_operator, body,"
              + " created_at) values (52, 'alpha', 51, 'operatore', true, 'Riprovi ora',"
              + " current_timestamp)");
      s.executeUpdate(
          "insert into guide (id, tenant_id, slug, lang, title, body, updated_by, updated_at)"
              + " values (101, 'alpha', 'primo-accesso', 'it', 'Il primo accesso', '# Benvenuti',"
              + " 'operatore', current_timestamp)");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into tenant_logo (tenant_id, media_type, content, updated_at)"
                    + " values ('alpha', 'image/png', ?, current_timestamp)")) {
      ps.setBytes(1, LOGO);
      ps.executeUpdate();
    }
  }

  private static void assertRowsIntact(DataSource dataSource) throws SQLException {
    assertThat(
            single(
                dataSource,
                "select t.display_name || ' ' || h.host from tenant t"
                    + " join tenant_host h on h.tenant_ref = t.id where t.slug = 'alpha'"))
        .isEqualTo("Alpha Fiduciaria alpha.localhost");
    assertThat(
            single(
                dataSource,
                "select r.description || ' / ' || p.body from support_request r"
                    + " join support_reply p on p.request_id = r.id where r.id = 51"))
        .isEqualTo("Il codice non arriva / Riprovi ora");
    assertThat(single(dataSource, "select title from guide where slug = 'primo-accesso'"))
        .isEqualTo("Il primo accesso");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet logo =
            s.executeQuery("select content from tenant_logo where tenant_id = 'alpha'")) {
      assertThat(logo.next()).isTrue();
      assertThat(logo.getBytes(1)).isEqualTo(LOGO);
    }
  }

  /**
   * Every module's history as "version type description" lines in installed order, by module, for
   * each history table the database has.
   */
  private static Map<String, List<String>> histories(DataSource dataSource) throws SQLException {
    Map<String, List<String>> histories = new LinkedHashMap<>();
    List<String> modules = new ArrayList<>(SchemaMigrator.MODULES);
    modules.add("selfcare");
    try (Connection c = dataSource.getConnection()) {
      for (String module : modules) {
        String table = "schema_history_" + module;
        if (!exists(c, table)) {
          continue;
        }
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r =
                s.executeQuery(
                    "select version, type, description, script, success from "
                        + table
                        + " order by installed_rank")) {
          while (r.next()) {
            assertThat(r.getBoolean("success")).as(table + " " + r.getString("script")).isTrue();
            if (List.of("TABLE", "SCHEMA").contains(r.getString("type"))) {
              // Flyway's own markers (on H2 it notes that it created the history table), not
              // migrations or baselines
              continue;
            }
            rows.add(
                r.getString("version")
                    + " "
                    + r.getString("type")
                    + ("SQL".equals(r.getString("type"))
                        ? " " + r.getString("script")
                        : " " + r.getString("description")));
          }
        }
        histories.put(module, rows);
      }
    }
    return histories;
  }

  /** The SQL scripts every history applied, one entry per application. */
  private static List<String> scriptsRun(Map<String, List<String>> histories) {
    return histories.values().stream()
        .flatMap(List::stream)
        .filter(row -> row.contains(" SQL "))
        .map(row -> row.substring(row.lastIndexOf(' ') + 1))
        .toList();
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (ResultSet tables = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
      return tables.next();
    }
  }

  private static String single(DataSource dataSource, String query) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      assertThat(r.next()).as(query).isTrue();
      String value = r.getString(1);
      assertThat(r.next()).as(query).isFalse();
      return value;
    }
  }

  private static void execute(String url, String user, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
