package io.sigillo.core.audit;

import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Records and reads audit events. Plain JDBC on the container data source: the connection enlists
 * in the caller's JTA transaction, so an event is committed exactly when the change it describes
 * is. The table is insert-only by design; nothing in the platform updates or deletes it.
 */
@ApplicationScoped
public class AuditLog {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  public void record(AuditEvent event) {
    String sql =
        "insert into audit_event (tenant_id, actor, action, subject, detail, correlation_id, occurred_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, event.tenant().map(TenantId::value).orElse(null));
      ps.setString(2, event.actor());
      ps.setString(3, event.action());
      ps.setString(4, event.subject());
      ps.setString(5, event.detail());
      ps.setString(6, event.correlationId());
      ps.setTimestamp(7, Timestamp.from(event.at()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("audit event not recorded: " + event.action(), e);
    }
  }

  /** The most recent events of one tenant, newest first. */
  public List<AuditEvent> recent(TenantId tenant, int limit) {
    return query(
        tenant,
        "select actor, action, subject, detail, correlation_id, occurred_at from audit_event"
            + " where tenant_id = ? order by occurred_at desc, id desc",
        List.of(),
        limit);
  }

  /**
   * The most recent events of one tenant done by {@code actor} or about one of {@code subjects},
   * newest first. Subjects are compared whole, so device 1 never brings the events of device 12.
   */
  public List<AuditEvent> about(
      TenantId tenant, String actor, Collection<AuditSubject> subjects, int limit) {
    List<String> keys = new ArrayList<>();
    keys.add(actor);
    subjects.stream().map(AuditSubject::key).forEach(keys::add);
    String placeholders = String.join(", ", Collections.nCopies(keys.size() - 1, "?"));
    return query(
        tenant,
        "select actor, action, subject, detail, correlation_id, occurred_at from audit_event"
            + " where tenant_id = ? and (actor = ?"
            + (subjects.isEmpty() ? "" : " or subject in (" + placeholders + ")")
            + ") order by occurred_at desc, id desc",
        keys,
        limit);
  }

  /**
   * The most recent events of one tenant about one of {@code subjects} whatever their actor, newest
   * first: a person's own trail (what they did and what was done to what is theirs), without what
   * they did to others.
   */
  public List<AuditEvent> aboutOnly(TenantId tenant, Collection<AuditSubject> subjects, int limit) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    List<String> keys = subjects.stream().map(AuditSubject::key).toList();
    return query(
        tenant,
        "select actor, action, subject, detail, correlation_id, occurred_at from audit_event"
            + " where tenant_id = ? and subject in ("
            + String.join(", ", Collections.nCopies(keys.size(), "?"))
            + ") order by occurred_at desc, id desc",
        keys,
        limit);
  }

  private List<AuditEvent> query(TenantId tenant, String sql, List<String> values, int limit) {
    List<AuditEvent> events = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      for (int i = 0; i < values.size(); i++) {
        ps.setString(i + 2, values.get(i));
      }
      ps.setMaxRows(Math.max(1, Math.min(limit, 500)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(
              new AuditEvent(
                  Optional.of(tenant),
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("audit events not readable", e);
    }
    return events;
  }
}
