package io.sigillo.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Active tenants written straight into the test database, as the Payara Micro tests do: the system
 * test needs a portal to exist, not the provisioning into Keycloak, which has tests of its own.
 * Each test seeds its own, uniquely named.
 */
final class SeededTenants {

  /** A tenant as seeded; requests must carry {@code host} as their Host header. */
  record Tenant(String slug, String displayName, String host, String primary, String accent) {}

  private SeededTenants() {}

  static Tenant active(String prefix, String displayName, String primary, String accent) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Tenant tenant = new Tenant(slug, displayName, slug + ".localhost", primary, accent);
    try (Connection c =
        DriverManager.getConnection(
            System.getProperty("sigillo.st.db.url"),
            System.getProperty("sigillo.st.db.user"),
            "")) {
      c.setAutoCommit(false);
      long id = nextId(c);
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into tenant (id, slug, display_name, primary_color, accent_color,"
                  + " support_email, status, created_at) values (?, ?, ?, ?, ?, ?, 'ACTIVE', now())")) {
        ps.setLong(1, id);
        ps.setString(2, slug);
        ps.setString(3, displayName);
        ps.setString(4, primary);
        ps.setString(5, accent);
        ps.setString(6, "help@" + slug + ".example");
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("insert into tenant_host (tenant_ref, host) values (?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, tenant.host());
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not seed tenant " + slug, e);
    }
    return tenant;
  }

  private static long nextId(Connection c) throws SQLException {
    try (ResultSet seq = c.createStatement().executeQuery("select nextval('tenant_seq')")) {
      seq.next();
      return seq.getLong(1);
    }
  }
}
