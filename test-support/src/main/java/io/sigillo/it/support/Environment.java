package io.sigillo.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the build hands the tests (failsafe in micro/pom.xml, and in system-test/pom.xml for the
 * EAR): environment variables that failsafe also gives Payara Micro, so test and server agree on
 * ports and credentials, and the test database's system properties ({@code sigillo.it.db.url} and
 * {@code .user}). A missing value fails loudly rather than letting a test talk to the wrong place.
 */
public final class Environment {

  private Environment() {}

  /** A variable failsafe sets; throws if it is missing or blank. */
  public static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set (micro/pom.xml, failsafe)");
    }
    return value;
  }

  public static int port(String name) {
    return Integer.parseInt(require(name));
  }

  public static String keycloakUrl() {
    return require("SIGILLO_KEYCLOAK_URL");
  }

  /** The test database as the build created it (the same one Payara Micro uses). */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("sigillo.it.db.url"), System.getProperty("sigillo.it.db.user"), "");
  }

  /** The next id of a sequence, for rows the tests insert the way the application numbers them. */
  public static long nextval(Connection connection, String sequence) throws SQLException {
    try (ResultSet next =
        connection.createStatement().executeQuery("select nextval('" + sequence + "')")) {
      next.next();
      return next.getLong(1);
    }
  }
}
