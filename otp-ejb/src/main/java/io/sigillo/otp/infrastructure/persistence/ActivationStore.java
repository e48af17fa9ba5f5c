package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Staff first-device activation links ({@code V8__otp_activation.sql}): only the token's hash is
 * stored, and a link is used up by one conditional UPDATE whose row count is the answer. Every
 * statement names the tenant: native SQL escapes EclipseLink's tenant filter.
 */
@ApplicationScoped
public class ActivationStore {

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  /** An open link: its id and owner. */
  public record OpenActivation(String id, String owner) {}

  public void insert(
      TenantId tenant,
      String id,
      String owner,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    native_(
            "insert into otp_activation (id, tenant_id, owner, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, tenant.value())
        .setParameter(3, owner)
        .setParameter(4, tokenHash)
        .setParameter(5, Timestamp.from(createdAt))
        .setParameter(6, Timestamp.from(expiresAt))
        .executeUpdate();
  }

  /** When the owner was last sent a link, if ever. */
  public Optional<Instant> lastSent(TenantId tenant, String owner) {
    List<?> rows =
        native_("select max(created_at) from otp_activation where tenant_id = ? and owner = ?")
            .setParameter(1, tenant.value())
            .setParameter(2, owner)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(instant(rows.get(0)));
  }

  /** The open (unused, unexpired) link with this token hash, if any. */
  public Optional<OpenActivation> open(TenantId tenant, String tokenHash, Instant now) {
    List<?> rows =
        native_(
                "select id, owner from otp_activation where tenant_id = ? and token_hash = ?"
                    + " and used_at is null and expires_at > ?")
            .setParameter(1, tenant.value())
            .setParameter(2, tokenHash)
            .setParameter(3, Timestamp.from(now))
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(row -> new OpenActivation((String) row[0], (String) row[1]))
        .findFirst();
  }

  /** Uses the link up; false when another request used it first or it expired meanwhile. */
  public boolean use(TenantId tenant, String id, Instant now) {
    return native_(
                "update otp_activation set used_at = ? where tenant_id = ? and id = ?"
                    + " and used_at is null and expires_at > ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, tenant.value())
            .setParameter(3, id)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** Closes the owner's earlier open links: only the newest one works. */
  public void supersede(TenantId tenant, String owner, Instant now) {
    native_(
            "update otp_activation set expires_at = ? where tenant_id = ? and owner = ?"
                + " and used_at is null and expires_at > ?")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, tenant.value())
        .setParameter(3, owner)
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
  }

  private Query native_(String sql) {
    return em.createNativeQuery(sql).setHint(OtpPersistence.ALLOW_NATIVE, true);
  }

  /**
   * A timestamp-with-time-zone column as a native query returns it: PostgreSQL's driver gives a
   * {@link Timestamp}, H2 (the embedded default of the run command) an {@link OffsetDateTime}.
   */
  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
  }
}
