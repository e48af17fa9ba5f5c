package io.sigillo.core.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies each module's Flyway migrations to the platform data source, in a fixed order (core
 * first: the others may refer to its tables). One history table per module keeps version numbers
 * local to the module that owns them.
 *
 * <p>Until the portal's services got modules of their own, their tables were migrated as one
 * module, {@code selfcare}: tenants V1–V2, support and guides V3–V4. Those files now live in {@code
 * tenancy} and {@code reseller} with their numbers unchanged, and a database that already has a
 * {@code selfcare} history starts each new history at the last of its versions applied there, so
 * nothing runs twice and nothing is lost. New migrations of those modules are numbered above the
 * range they inherited.
 */
public final class SchemaMigrator {

  /** Modules in dependency order; each has {@code db/migration/<name>} on the class path. */
  public static final List<String> MODULES =
      List.of("core", "tenancy", "reseller", "otp", "identity", "signature");

  /** The history table the portal's migrations were recorded in before the split. */
  static final String LEGACY_HISTORY = "schema_history_selfcare";

  /** The versions each new module inherited from {@link #LEGACY_HISTORY}, lowest and highest. */
  static final Map<String, int[]> LEGACY_VERSIONS =
      Map.of("tenancy", new int[] {1, 2}, "reseller", new int[] {3, 4});

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  public static void migrate(DataSource dataSource, ClassLoader classLoader) {
    Integer legacy = legacyVersion(dataSource);
    for (String module : MODULES) {
      String baseline = baselineVersion(module, legacy);
      MigrateResult result =
          Flyway.configure(classLoader)
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module)
              .table("schema_history_" + module)
              // The schema is shared, so from the second module on Flyway finds it non-empty (the
              // earlier modules' tables) with no history table of this module's, and refuses. A
              // baseline starts this module's own history: below its V1, or at the last version
              // the legacy history applied.
              .baselineOnMigrate(true)
              .baselineVersion(baseline)
              .baselineDescription(
                  "0".equals(baseline) ? "<< Flyway Baseline >>" : "from " + LEGACY_HISTORY)
              .failOnMissingLocations(false)
              .load()
              .migrate();
      LOG.info(
          () ->
              "schema "
                  + module
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at "
                  + (result.targetSchemaVersion == null ? "(none)" : result.targetSchemaVersion));
    }
  }

  /**
   * Where a module's new history starts: at the last of its inherited versions the legacy history
   * applied, or 0. Used only when the module has no history table yet (Flyway's baseline-on-migrate
   * applies to a module seen for the first time, never to one with a history).
   */
  static String baselineVersion(String module, Integer legacyVersion) {
    int[] range = LEGACY_VERSIONS.get(module);
    if (range == null || legacyVersion == null || legacyVersion < range[0]) {
      return "0";
    }
    return Integer.toString(Math.min(legacyVersion, range[1]));
  }

  /** The highest version the legacy history applied successfully, or null without one. */
  static Integer legacyVersion(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!hasTable(connection, LEGACY_HISTORY)) {
        return null;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select version from "
                      + LEGACY_HISTORY
                      + " where success and version is not null")) {
        Integer highest = null;
        while (rows.next()) {
          int version = Integer.parseInt(rows.getString(1).split("\\.")[0]);
          highest = highest == null ? version : Math.max(highest, version);
        }
        return highest;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema history " + LEGACY_HISTORY, e);
    }
  }

  private static boolean hasTable(Connection connection, String name) throws SQLException {
    // PostgreSQL folds unquoted names to lower case and H2 to upper case; Flyway quotes its own
    for (String candidate : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
      try (ResultSet tables =
          connection.getMetaData().getTables(null, null, candidate, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
