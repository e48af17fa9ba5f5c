package io.sigillo.core.schema;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies each module's Flyway migrations to the platform data source, in a fixed order (core
 * first: the others may refer to its tables). One history table per module keeps version numbers
 * local to the module that owns them.
 */
public final class SchemaMigrator {

  /** Modules in dependency order; each has {@code db/migration/<name>} on the class path. */
  public static final List<String> MODULES =
      List.of("core", "selfcare", "otp", "identity", "signature");

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  public static void migrate(DataSource dataSource, ClassLoader classLoader) {
    for (String module : MODULES) {
      MigrateResult result =
          Flyway.configure(classLoader)
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module)
              .table("schema_history_" + module)
              // The schema is shared, so from the second module on Flyway finds it non-empty (the
              // earlier modules' tables) with no history table of this module's, and refuses. A
              // baseline at version 0 starts this module's own history below its V1.
              .baselineOnMigrate(true)
              .baselineVersion("0")
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
}
