package io.sigillo.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Seeds tenants straight into the test database for black-box tests that only need a portal to
 * exist (provisioning into Keycloak has tests of its own). Each test makes its own, uniquely named.
 */
public final class TestTenants {

  private TestTenants() {}

  /** A tenant as the test created it; {@code host} is what requests must carry as Host. */
  public record Tenant(
      String slug, String displayName, String host, String primary, String accent) {}

  public static Tenant active(String prefix, String displayName, String primary, String accent) {
    return insert(prefix, displayName, primary, accent, "ACTIVE");
  }

  public static Tenant disabled(String prefix, String displayName) {
    return insert(prefix, displayName, "#123456", "#654321", "DISABLED");
  }

  private static Tenant insert(
      String prefix, String displayName, String primary, String accent, String status) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Tenant tenant = new Tenant(slug, displayName, slug + ".localhost", primary, accent);
    try (Connection c = Environment.database()) {
      long id = Environment.nextval(c, "tenant_seq");
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into tenant (id, slug, display_name, primary_color, accent_color, support_email,"
                  + " status, created_at) values (?, ?, ?, ?, ?, ?, ?, now())")) {
        ps.setLong(1, id);
        ps.setString(2, slug);
        ps.setString(3, displayName);
        ps.setString(4, primary);
        ps.setString(5, accent);
        ps.setString(6, "help@" + slug + ".example");
        ps.setString(7, status);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("insert into tenant_host (tenant_ref, host) values (?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, tenant.host());
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not seed tenant " + slug, e);
    }
    return tenant;
  }
}
