package io.sigillo.otp.infrastructure.database;

import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.schema.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

/**
 * Migrates every module's schema (core first, then tenancy, reseller, otp, identity, signature)
 * before anything else runs. Flyway manages its own transactions, so this runs outside any JTA
 * transaction. The data source itself is declared by the web edge's {@code
 * PlatformDataSourceDeclaration}: Payara's deployment check of persistence units intermittently
 * missed a {@code @DataSourceDefinition} declared in an EJB jar inside the Micro WAR (one
 * deployment in about forty refused "JNDI lookup failed … java:app/jdbc/sigillo"), while one in the
 * WAR's own classes never failed.
 */
@Singleton
@Startup
public class DatabaseBootstrap {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    SchemaMigrator.migrate(dataSource, DatabaseBootstrap.class.getClassLoader());
  }
}
