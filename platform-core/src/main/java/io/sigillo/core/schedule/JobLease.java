package io.sigillo.core.schedule;

import io.sigillo.core.schema.PlatformDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A lease on a named job, shared by every node through the database ({@code job_lease}, core
 * migration V20): taking it is one conditional UPDATE ("... where name = ? and leased_until < ?"),
 * whose row count says whether this node won, so two nodes that start the same job at the same
 * moment run it once between them. The lease ends when the job releases it, or by itself at {@code
 * leased_until} if the node died during the run.
 *
 * <p>Times are the system clock's (the nodes' clocks differ by far less than a lease), never the
 * adjustable platform clock: a test that moves the platform's "now" must not hand out or keep
 * leases. Call it outside a transaction: the lease must be visible to the other nodes at once, not
 * when the job's work commits.
 */
@ApplicationScoped
public class JobLease {

  /** This node, as the lease row names its holder: the JVM's name and a random part. */
  private static final String NODE =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  /** A lease this node holds until {@code until} or its release. */
  public record Lease(String job, String holder, Instant until) {}

  /** Takes the job's lease for {@code length} if no node holds it; empty if another one does. */
  public Optional<Lease> acquire(String job, Duration length) {
    Instant now = Instant.now();
    Instant until = now.plus(length);
    String holder = NODE + "#" + UUID.randomUUID();
    int won =
        update(
            "update job_lease set holder = ?, leased_until = ?, started_at = ?"
                + " where name = ? and leased_until < ?",
            holder,
            Timestamp.from(until),
            Timestamp.from(now),
            job,
            Timestamp.from(now));
    return won == 1 ? Optional.of(new Lease(job, holder, until)) : Optional.empty();
  }

  /** Ends the lease now, if it is still this one (a lease that ran out may have a new holder). */
  public void release(Lease lease) {
    Instant now = Instant.now();
    update(
        "update job_lease set leased_until = ?, finished_at = ? where name = ? and holder = ?",
        Timestamp.from(now),
        Timestamp.from(now),
        lease.job(),
        lease.holder());
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("job lease not updated", e);
    }
  }
}
