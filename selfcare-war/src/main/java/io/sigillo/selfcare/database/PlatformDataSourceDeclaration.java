package io.sigillo.selfcare.database;

import io.sigillo.core.schema.PlatformDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Declares the one platform data source ({@code java:app/jdbc/sigillo}) from MicroProfile Config
 * ({@code sigillo.db.*}: an H2 file database by default, PostgreSQL in production and tests) for
 * every module of the application; otp-ejb's {@code DatabaseBootstrap} migrates it.
 *
 * <p>Why here and not in an EJB module: Payara validates each persistence unit's data source while
 * deploying, and with the definition in an EJB jar inside the Micro WAR that check intermittently
 * ran before the definition was known (one deployment in about forty failed, the persistence unit
 * of whichever module came first). A definition in the WAR's own classes is read with the web
 * module itself, on Micro and in the EAR alike. The class is a listener only so that the container
 * reads its annotation; it does nothing at start-up.
 */
@WebListener
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
public class PlatformDataSourceDeclaration implements ServletContextListener {}
