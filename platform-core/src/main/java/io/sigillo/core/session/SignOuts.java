package io.sigillo.core.session;

import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * When a person last signed out everywhere on a tenant. One row per person and tenant, moved
 * forward only: a portal session that started before that moment is over. Plain JDBC on the
 * platform data source, like the audit trail, so the authentication mechanism (no caller yet, no
 * EJB) can read it.
 */
@ApplicationScoped
public class SignOuts {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  /** Every session of the person on the tenant that started before {@code at} is over. */
  public void record(TenantId tenant, String username, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      if (update(c, tenant, username, at) == 0) {
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into session_sign_out (tenant_id, username, signed_out_at)"
                    + " values (?, ?, ?)")) {
          insert.setString(1, tenant.value());
          insert.setString(2, username);
          insert.setTimestamp(3, Timestamp.from(at));
          insert.executeUpdate();
        } catch (SQLException concurrent) {
          // the same person pressed it on two nodes at once: the row exists now, move it forward
          if (update(c, tenant, username, at) == 0) {
            throw concurrent;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sign-out not recorded", e);
    }
  }

  /** The person's last sign-out everywhere on the tenant, if any. */
  public Optional<Instant> last(TenantId tenant, String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select signed_out_at from session_sign_out where tenant_id = ? and username = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sign-outs not readable", e);
    }
  }

  /** Moves the row forward, never back (compare-and-set in the database). */
  private static int update(Connection c, TenantId tenant, String username, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "update session_sign_out set signed_out_at = ? where tenant_id = ? and username = ?"
                + " and signed_out_at < ?")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setString(2, tenant.value());
      ps.setString(3, username);
      ps.setTimestamp(4, Timestamp.from(at));
      int moved = ps.executeUpdate();
      if (moved > 0) {
        return moved;
      }
    }
    try (PreparedStatement exists =
        c.prepareStatement(
            "select count(*) from session_sign_out where tenant_id = ? and username = ?")) {
      exists.setString(1, tenant.value());
      exists.setString(2, username);
      try (ResultSet rs = exists.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
