package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.SmsCodeSettings;
import io.sigillo.otp.api.SmsPurpose;
import io.sigillo.otp.domain.sms.SmsChallengeState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SMS challenges and the tenants' SMS code rules ({@code V4__sms_code.sql}). Every state change is
 * one conditional UPDATE whose row count is the answer, so a code is consumed once and wrong
 * attempts add up exactly, however many requests race on however many nodes. Every statement names
 * the tenant: native SQL escapes EclipseLink's tenant filter.
 */
@ApplicationScoped
public class SmsCodeStore {

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  /** A new open challenge. */
  public void insert(
      TenantId tenant,
      String id,
      String owner,
      SmsPurpose purpose,
      String maskedMobile,
      String keyId,
      byte[] codeHash,
      int maxAttempts,
      Instant now,
      Instant expiresAt,
      Optional<Long> deviceId) {
    // no NULL bind for device_id: the driver would type it varchar, which PostgreSQL refuses
    Query insert =
        native_(
            "insert into otp_sms_code (id, tenant_id, owner, purpose, mobile_masked, code_key_id,"
                + " code_hash, status, attempts, max_attempts, created_at, expires_at"
                + (deviceId.isPresent() ? ", device_id" : "")
                + ") values (?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?, ?, ?"
                + (deviceId.isPresent() ? ", ?" : "")
                + ")");
    deviceId.ifPresent(device -> insert.setParameter(11, device));
    insert
        .setParameter(1, id)
        .setParameter(2, tenant.value())
        .setParameter(3, owner)
        .setParameter(4, purpose.name())
        .setParameter(5, maskedMobile)
        .setParameter(6, keyId)
        .setParameter(7, codeHash)
        .setParameter(8, maxAttempts)
        .setParameter(9, Timestamp.from(now))
        .setParameter(10, Timestamp.from(expiresAt))
        .executeUpdate();
  }

  /** A challenge sent for one of the registry's SMS devices, with its id. */
  public record DeviceChallenge(String id, SmsChallengeState state) {}

  /** The newest challenge sent for the device and purpose, whatever its state. */
  public Optional<DeviceChallenge> latestForDevice(
      TenantId tenant, long deviceId, SmsPurpose purpose) {
    List<?> rows =
        native_(
                "select id from otp_sms_code where tenant_id = ? and device_id = ? and purpose = ?"
                    + " order by created_at desc, id")
            .setParameter(1, tenant.value())
            .setParameter(2, deviceId)
            .setParameter(3, purpose.name())
            .setMaxResults(1)
            .getResultList();
    return rows.stream()
        .findFirst()
        .flatMap(
            id -> find(tenant, (String) id).map(state -> new DeviceChallenge((String) id, state)));
  }

  public Optional<SmsChallengeState> find(TenantId tenant, String id) {
    List<?> rows =
        native_(
                "select owner, purpose, status, attempts, max_attempts, expires_at, code_key_id,"
                    + " code_hash from otp_sms_code where id = ? and tenant_id = ?")
            .setParameter(1, id)
            .setParameter(2, tenant.value())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new SmsChallengeState(
            (String) row[0],
            SmsPurpose.valueOf((String) row[1]),
            SmsChallengeState.Status.valueOf((String) row[2]),
            ((Number) row[3]).intValue(),
            ((Number) row[4]).intValue(),
            DeviceStore.instant(row[5]),
            (String) row[6],
            (byte[]) row[7]));
  }

  /**
   * Uses the challenge up, if it is still open, in time and not exhausted.
   *
   * @return whether this request consumed it; {@code false} if another got there first or it closed
   *     meanwhile
   */
  public boolean consume(TenantId tenant, String id, Instant now) {
    return native_(
                "update otp_sms_code set status = 'VERIFIED', closed_at = ?"
                    + " where id = ? and tenant_id = ? and status = 'OPEN'"
                    + " and attempts < max_attempts and expires_at > ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, id)
            .setParameter(3, tenant.value())
            .setParameter(4, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /**
   * Counts a wrong code against an open challenge in time; the last allowed one exhausts it.
   *
   * @return whether it was counted; {@code false} if the challenge closed meanwhile
   */
  public boolean recordWrong(TenantId tenant, String id, Instant now) {
    return native_(
                "update otp_sms_code set attempts = attempts + 1,"
                    + " status = case when attempts + 1 >= max_attempts then 'EXHAUSTED'"
                    + " else status end,"
                    + " closed_at = case when attempts + 1 >= max_attempts then ? else closed_at end"
                    + " where id = ? and tenant_id = ? and status = 'OPEN'"
                    + " and attempts < max_attempts and expires_at > ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, id)
            .setParameter(3, tenant.value())
            .setParameter(4, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** Closes the person's open challenges for the purpose: only the newest code counts. */
  public void supersede(TenantId tenant, String owner, SmsPurpose purpose, Instant now) {
    native_(
            "update otp_sms_code set status = 'SUPERSEDED', closed_at = ?"
                + " where tenant_id = ? and owner = ? and purpose = ? and status = 'OPEN'")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, tenant.value())
        .setParameter(3, owner)
        .setParameter(4, purpose.name())
        .executeUpdate();
  }

  /**
   * Takes the person's send slot for the purpose: the first send ever creates the row, a later one
   * moves it only if the cooldown has passed since the last. Two simultaneous sends meet on the
   * row's lock (or its primary key) and exactly one takes the slot; the other sees the winner's
   * time once it commits. The slot is given back if the send's transaction rolls back.
   *
   * @return whether this send may go ahead
   */
  public boolean takeSendSlot(
      TenantId tenant, String owner, SmsPurpose purpose, Instant now, Instant cooldownFrom) {
    int created =
        native_(
                "insert into otp_sms_throttle (tenant_id, owner, purpose, last_sent_at)"
                    + " values (?, ?, ?, ?) on conflict do nothing")
            .setParameter(1, tenant.value())
            .setParameter(2, owner)
            .setParameter(3, purpose.name())
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    if (created == 1) {
      return true;
    }
    return native_(
                "update otp_sms_throttle set last_sent_at = ?"
                    + " where tenant_id = ? and owner = ? and purpose = ? and last_sent_at <= ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, tenant.value())
            .setParameter(3, owner)
            .setParameter(4, purpose.name())
            .setParameter(5, Timestamp.from(cooldownFrom))
            .executeUpdate()
        == 1;
  }

  /** When the person was last sent a code for the purpose. */
  public Optional<Instant> lastSent(TenantId tenant, String owner, SmsPurpose purpose) {
    Object last =
        native_(
                "select max(created_at) from otp_sms_code"
                    + " where tenant_id = ? and owner = ? and purpose = ?")
            .setParameter(1, tenant.value())
            .setParameter(2, owner)
            .setParameter(3, purpose.name())
            .getSingleResult();
    return Optional.ofNullable(last).map(DeviceStore::instant);
  }

  /** When the first code since {@code since} was sent to the person, every purpose. */
  public Optional<Instant> firstSentSince(TenantId tenant, String owner, Instant since) {
    Object first =
        native_(
                "select min(created_at) from otp_sms_code"
                    + " where tenant_id = ? and owner = ? and created_at > ?")
            .setParameter(1, tenant.value())
            .setParameter(2, owner)
            .setParameter(3, Timestamp.from(since))
            .getSingleResult();
    return Optional.ofNullable(first).map(DeviceStore::instant);
  }

  /** Codes the person was sent since {@code since}, every purpose. */
  public int sentSince(TenantId tenant, String owner, Instant since) {
    Object count =
        native_(
                "select count(*) from otp_sms_code"
                    + " where tenant_id = ? and owner = ? and created_at > ?")
            .setParameter(1, tenant.value())
            .setParameter(2, owner)
            .setParameter(3, Timestamp.from(since))
            .getSingleResult();
    return ((Number) count).intValue();
  }

  public Optional<SmsCodeSettings> settings(TenantId tenant) {
    List<?> rows =
        native_(
                "select lifetime_seconds, max_attempts, resend_cooldown_seconds, sends_per_hour"
                    + " from otp_sms_policy where tenant_id = ?")
            .setParameter(1, tenant.value())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new SmsCodeSettings(
            ((Number) row[0]).intValue(),
            ((Number) row[1]).intValue(),
            ((Number) row[2]).intValue(),
            ((Number) row[3]).intValue()));
  }

  /** Replaces the tenant's row (delete and insert: the same SQL on PostgreSQL and H2). */
  public void saveSettings(TenantId tenant, SmsCodeSettings settings, Instant now) {
    native_("delete from otp_sms_policy where tenant_id = ?")
        .setParameter(1, tenant.value())
        .executeUpdate();
    native_(
            "insert into otp_sms_policy (tenant_id, lifetime_seconds, max_attempts,"
                + " resend_cooldown_seconds, sends_per_hour, updated_at) values (?, ?, ?, ?, ?, ?)")
        .setParameter(1, tenant.value())
        .setParameter(2, settings.lifetimeSeconds())
        .setParameter(3, settings.maxAttempts())
        .setParameter(4, settings.resendCooldownSeconds())
        .setParameter(5, settings.sendsPerHour())
        .setParameter(6, Timestamp.from(now))
        .executeUpdate();
  }

  private Query native_(String sql) {
    return em.createNativeQuery(sql).setHint(OtpPersistence.ALLOW_NATIVE, true);
  }
}
