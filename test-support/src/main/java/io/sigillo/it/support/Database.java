package io.sigillo.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows straight in the test database where no public path makes them (an SPID identity is
 * registered by the identity module's own flows), and reads of what the application wrote (the
 * audit trail, counts) that no API exposes.
 */
public final class Database {

  private Database() {}

  /**
   * An active SPID identity with a codice fiscale, for the operator console to find: e-mail at the
   * tenant's example domain, a fixed mobile, contacts not verified.
   */
  public static void insertIdentity(
      String tenant, String username, String givenName, String surname, String taxCode) {
    insertIdentity(
        tenant,
        username,
        givenName,
        surname,
        username + "@" + tenant + ".example",
        "+393330000000",
        taxCode,
        false);
  }

  /**
   * An active SPID identity as the registration desk leaves it; {@code contactsVerified} marks
   * e-mail and mobile as verified (the identity tests start from there), {@code taxCode} may be
   * null.
   */
  public static void insertIdentity(
      String tenant,
      String username,
      String givenName,
      String surname,
      String email,
      String mobile,
      String taxCode,
      boolean contactsVerified) {
    try (Connection c = Environment.database()) {
      long id = Environment.nextval(c, "identity_seq");
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into identity (id, tenant_id, username, given_name, surname, email, mobile,"
                  + " status, created_at, codice_fiscale, email_verified, mobile_verified)"
                  + " values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', now(), ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, tenant);
        ps.setString(3, username);
        ps.setString(4, givenName);
        ps.setString(5, surname);
        ps.setString(6, email);
        ps.setString(7, mobile);
        ps.setString(8, taxCode);
        ps.setBoolean(9, contactsVerified);
        ps.setBoolean(10, contactsVerified);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("identity " + username + " not seeded", e);
    }
  }

  /**
   * The tenant's SMS codes may be resent after 10 s (the shortest its rules allow) instead of a
   * minute, so a test that asks for a second code does not wait out the default pause.
   */
  public static void quickSmsCodes(String tenant) {
    update(
        "insert into otp_sms_policy (tenant_id, lifetime_seconds, max_attempts,"
            + " resend_cooldown_seconds, sends_per_hour, updated_at)"
            + " values (?, 300, 3, 10, 30, current_timestamp)",
        tenant);
  }

  /** Actors of the tenant's audit events with this action (a LIKE pattern), oldest first. */
  public static List<String> auditActors(String tenant, String action) {
    return audit("actor", tenant, action);
  }

  /** Details of the tenant's audit events with this action (a LIKE pattern), oldest first. */
  public static List<String> auditDetails(String tenant, String action) {
    return audit("detail", tenant, action);
  }

  private static List<String> audit(String column, String tenant, String action) {
    try (Connection c = Environment.database();
        PreparedStatement ps =
            c.prepareStatement(
                "select "
                    + column
                    + " from audit_event where tenant_id = ? and action like ? order by id")) {
      ps.setString(1, tenant);
      ps.setString(2, action);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rs.next()) {
          values.add(rs.getString(1));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("audit not readable", e);
    }
  }

  /** The single number a {@code select count(…)} with string parameters returns. */
  public static long count(String sql, String... parameters) {
    try (Connection c = Environment.database();
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
   * A change no page or API makes in the test's setting (a tenant's OTP policy row, a token's first
   * code, enough failed codes to lock it: each proven by its module's own ITs).
   */
  public static void update(String sql, String... parameters) {
    try (Connection c = Environment.database();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
