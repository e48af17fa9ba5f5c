package io.sigillo.otp.infrastructure.database;

import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.schema.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

/**
 * Defines the one platform data source from MicroProfile Config ({@code sigillo.db.*}: an H2 file
 * database by default, PostgreSQL in production and tests) and migrates the schema before anything
 * else runs. Flyway manages its own transactions, so this runs outside any JTA transaction.
 */
@Singleton
@Startup
@DataSourceDefinition(
    name = PlatformDataSource.JNDI_NAME,
    className = "${MPCONFIG=sigillo.db.class}",
    url = "${MPCONFIG=sigillo.db.url}",
    user = "${MPCONFIG=sigillo.db.user}",
    password = "${MPCONFIG=sigillo.db.password}",
    minPoolSize = 2,
    maxPoolSize = 48,
    // Payara Server defaults validation to a table query on a table nobody named ("select … from
    // null"), which fails every new connection; Connection.isValid works on H2 and PostgreSQL
    // alike. Validating on every checkout cost a round trip plus a synchronised class-loader
    // lookup per request (the OTP validate profile); once per connection per 30 s still catches a
    // connection the database dropped, on Micro and Server alike.
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=30"
    })
public class DatabaseBootstrap {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    SchemaMigrator.migrate(dataSource, DatabaseBootstrap.class.getClassLoader());
  }
}
