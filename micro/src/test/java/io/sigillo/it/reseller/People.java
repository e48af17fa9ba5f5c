package io.sigillo.it.reseller;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data straight in the database where no public path creates it: an SPID identity for the
 * operator console to find (the identity module registers them in its own flows), and the audit
 * trail to read back.
 */
final class People {

  private People() {}

  static void identity(
      String tenant, String username, String givenName, String surname, String taxCode) {
    try (Connection c = connection()) {
      long id;
      try (ResultSet seq = c.createStatement().executeQuery("select nextval('identity_seq')")) {
        seq.next();
        id = seq.getLong(1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into identity (id, tenant_id, username, given_name, surname, email, mobile,"
                  + " status, created_at, codice_fiscale) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE',"
                  + " now(), ?)")) {
        ps.setLong(1, id);
        ps.setString(2, tenant);
        ps.setString(3, username);
        ps.setString(4, givenName);
        ps.setString(5, surname);
        ps.setString(6, username + "@" + tenant + ".example");
        ps.setString(7, "+393330000000");
        ps.setString(8, taxCode);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("identity " + username + " not seeded", e);
    }
  }

  /** Actors of the tenant's audit events with this action, oldest first. */
  static List<String> auditActors(String tenant, String action) {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select actor from audit_event where tenant_id = ? and action like ? order by id")) {
      ps.setString(1, tenant);
      ps.setString(2, action);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> actors = new ArrayList<>();
        while (rs.next()) {
          actors.add(rs.getString(1));
        }
        return actors;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("audit not readable", e);
    }
  }

  static long count(String sql, String... parameters) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * A change no operator console path makes: a tenant's OTP policy row, the holder's first code
   * activating a token, enough failed codes to lock it (all proven by the OTP module's own ITs).
   */
  static void update(String sql, String... parameters) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static Connection connection() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("sigillo.it.db.url"), System.getProperty("sigillo.it.db.user"), "");
  }
}
