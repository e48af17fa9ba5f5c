package io.sigillo.core.schedule;

import io.sigillo.core.schema.PlatformDataSource;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The short-lived records a module keeps (codes sent, challenges, one-time links, signing
 * authorisations), deleted once expired. Each module subclasses it for its own tables as a CDI
 * bean, naming each table and the column that says when a row expires; the housekeeping job finds
 * every subclass and calls it with one cut-off. A row goes only when it expired before the cut-off,
 * which the job puts well in the past, so throttles that count recent sends keep their rows.
 *
 * <p>Plain JDBC on the container data source, called outside a transaction: each table's delete
 * commits on its own. The statements are global on purpose (the job runs for every tenant).
 */
public abstract class ExpiredRecords {

  /** A table and its expiry column. */
  public record Expiring(String table, String expiresColumn) {

    public Expiring {
      if (!table.matches("[a-z_]+") || !expiresColumn.matches("[a-z_]+")) {
        throw new IllegalArgumentException("a table and column name, not SQL");
      }
    }
  }

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  /** The module's expiring tables. */
  protected abstract List<Expiring> tables();

  /** Deletes, across all tenants, the rows that expired before {@code cutoff}: counts by table. */
  public Map<String, Long> purge(Instant cutoff) {
    Map<String, Long> purged = new LinkedHashMap<>();
    for (Expiring expiring : tables()) {
      purged.put(expiring.table(), delete(expiring, cutoff));
    }
    return purged;
  }

  private long delete(Expiring expiring, Instant cutoff) {
    String sql = "delete from " + expiring.table() + " where " + expiring.expiresColumn() + " < ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, Timestamp.from(cutoff));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("expired rows of " + expiring.table() + " not purged", e);
    }
  }
}
