package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.Resync;
import io.sigillo.otp.domain.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The contended writes on a device row, each one conditional UPDATE whose row count is the answer.
 * The database decides who wins, so two requests on two nodes cannot both use one code, and
 * failures spread over nodes add up exactly. Every statement names the tenant as well as the id
 * (native SQL escapes EclipseLink's tenant filter) and bumps the version, so an operator's edit of
 * a loaded entity meets an optimistic-lock failure rather than overwriting a newer state.
 *
 * <p>Runs in the caller's transaction, on the container-managed persistence context of the unit.
 */
@ApplicationScoped
public class DeviceStore {

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  /**
   * Advances the replay floor to the accepted code's moving factor and clears the purpose's
   * failures, if the row is still at the version the decision was made on. With {@code confirming},
   * only a pending device moves and it becomes active; otherwise only an active, unlocked one does.
   *
   * @param readVersion the version of the row the caller read: any change since (another
   *     acceptance, a failure, a lock) makes this a miss
   * @param acceptedBelow the remembered acceptances below the new floor, computed from the row as
   *     read (so only valid at {@code readVersion}, which the statement requires)
   * @return whether this request won: {@code false} means the row changed since it was read
   */
  public boolean advance(
      TenantId tenant,
      long deviceId,
      long readVersion,
      Verification.Accepted accepted,
      long acceptedBelow,
      Purpose purpose,
      boolean confirming,
      Instant now) {
    String failures = failureColumn(purpose);
    String sql =
        "update otp_device set last_accepted = ?, learned_drift_steps = ?,"
            + " last_window_offset = ?, last_window_limit = ?, accepted_below = ?, "
            + failures
            + " = 0, "
            + lastFailureColumn(purpose)
            + " = null, version = version + 1"
            + (confirming ? ", status = 'ACTIVE', activated_at = ?" : "")
            + " where id = ? and tenant_id = ? and version = ? and last_accepted < ?"
            + (confirming ? " and status = 'PENDING'" : " and status = 'ACTIVE'")
            + " and locked_at is null";
    Query update =
        native_(sql)
            .setParameter(1, accepted.movingFactor())
            .setParameter(2, accepted.learnedDriftSteps())
            .setParameter(3, accepted.windowUse().offset())
            .setParameter(4, accepted.windowUse().limit())
            .setParameter(5, acceptedBelow);
    int next = 6;
    if (confirming) {
      update.setParameter(next++, Timestamp.from(now));
    }
    update
        .setParameter(next++, deviceId)
        .setParameter(next++, tenant.value())
        .setParameter(next++, readVersion)
        .setParameter(next, accepted.movingFactor());
    return update.executeUpdate() == 1;
  }

  /** Adds one failure for the purpose and returns the count including it. */
  public int recordFailure(TenantId tenant, long deviceId, Purpose purpose, Instant now) {
    String failures = failureColumn(purpose);
    native_(
            "update otp_device set "
                + failures
                + " = "
                + failures
                + " + 1, "
                + lastFailureColumn(purpose)
                + " = ?, version = version + 1 where id = ? and tenant_id = ?")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, deviceId)
        .setParameter(3, tenant.value())
        .executeUpdate();
    // The UPDATE holds the row lock until commit, so this reads our own increment on top of
    // every committed one.
    Object count =
        native_("select " + failures + " from otp_device where id = ? and tenant_id = ?")
            .setParameter(1, deviceId)
            .setParameter(2, tenant.value())
            .getSingleResult();
    return ((Number) count).intValue();
  }

  public void lock(TenantId tenant, long deviceId, Instant now) {
    native_(
            "update otp_device set locked_at = ?, version = version + 1"
                + " where id = ? and tenant_id = ? and locked_at is null")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, deviceId)
        .setParameter(3, tenant.value())
        .executeUpdate();
  }

  /**
   * Sets the counter or drift a resynchronisation found and clears every failure, moving the replay
   * floor only forward. With {@code unlocking} (a self-unlock) a locked device is unlocked in the
   * same statement; otherwise a locked device is left alone.
   *
   * @return whether the device moved; {@code false} if a concurrent request used a later code
   */
  public boolean resynchronise(
      TenantId tenant, long deviceId, Resync.Found found, boolean totp, boolean unlocking) {
    return native_(
                "update otp_device set last_accepted = ?, base_drift_steps = ?,"
                    + " learned_drift_steps = 0, last_window_offset = null,"
                    + " last_window_limit = null, accepted_below = 0,"
                    + " login_failures = 0, login_last_failure_at = null,"
                    + " sign_failures = 0, sign_last_failure_at = null,"
                    + (unlocking ? " locked_at = null," : "")
                    + " version = version + 1"
                    + " where id = ? and tenant_id = ? and status = 'ACTIVE' and last_accepted < ?"
                    + (unlocking ? " and locked_at is not null" : " and locked_at is null"))
            .setParameter(1, found.lastAccepted())
            .setParameter(2, totp ? found.baseDriftSteps() : 0)
            .setParameter(3, deviceId)
            .setParameter(4, tenant.value())
            .setParameter(5, found.lastAccepted())
            .executeUpdate()
        == 1;
  }

  /** When the holder unlocked the device themselves since {@code since}. */
  public List<Instant> selfUnlocksSince(TenantId tenant, long deviceId, Instant since) {
    List<?> rows =
        native_(
                "select unlocked_at from otp_self_unlock"
                    + " where tenant_id = ? and device_id = ? and unlocked_at > ?")
            .setParameter(1, tenant.value())
            .setParameter(2, deviceId)
            .setParameter(3, Timestamp.from(since))
            .getResultList();
    return rows.stream().map(DeviceStore::instant).toList();
  }

  public void recordSelfUnlock(TenantId tenant, long deviceId, Instant now) {
    native_("insert into otp_self_unlock (tenant_id, device_id, unlocked_at) values (?, ?, ?)")
        .setParameter(1, tenant.value())
        .setParameter(2, deviceId)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  /**
   * Re-reads the device under a row lock ({@code SELECT … FOR UPDATE}) held until the transaction
   * ends, so contended checks of one device are decided one after the other, on every node.
   */
  public void lockForCheck(OtpDevice device) {
    em.refresh(device, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Makes a new device's row exist before statements that name it. */
  public void flush() {
    em.flush();
  }

  private Query native_(String sql) {
    return em.createNativeQuery(sql).setHint(OtpPersistence.ALLOW_NATIVE, true);
  }

  private static String failureColumn(Purpose purpose) {
    return purpose == Purpose.LOGIN ? "login_failures" : "sign_failures";
  }

  private static String lastFailureColumn(Purpose purpose) {
    return purpose == Purpose.LOGIN ? "login_last_failure_at" : "sign_last_failure_at";
  }

  /** PostgreSQL's driver returns a Timestamp for timestamptz, H2 an OffsetDateTime. */
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
