package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.otp.api.TotpEnrolmentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenants' stored OTP policies: one row per tenant (cached by the application layer). */
@ApplicationScoped
public class PolicyStore {

  private static final String COLUMNS =
      "login_totp_window_steps, login_hotp_look_ahead, login_lockout_threshold,"
          + " login_first_delay_seconds, login_self_unlocks_per_30_days,"
          + " sign_totp_window_steps, sign_hotp_look_ahead, sign_lockout_threshold,"
          + " sign_first_delay_seconds, sign_self_unlocks_per_30_days,"
          + " drift_cap_steps, diagnostic_window_seconds, resync_hotp_window, resync_totp_steps,"
          + " resync_third_code_beyond, totp_algorithm, totp_digits, totp_period_seconds";

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  public Optional<PolicySettings> find(TenantId tenant) {
    List<?> rows =
        em.createNativeQuery("select " + COLUMNS + " from otp_policy where tenant_id = ?")
            .setHint(OtpPersistence.ALLOW_NATIVE, true)
            .setParameter(1, tenant.value())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    int[] v = new int[row.length];
    for (int i = 0; i < row.length; i++) {
      if (row[i] instanceof Number number) {
        v[i] = number.intValue();
      }
    }
    return Optional.of(
        new PolicySettings(
            new PurposeSettings(v[0], v[1], v[2], v[3], v[4]),
            new PurposeSettings(v[5], v[6], v[7], v[8], v[9]),
            v[10],
            v[11],
            v[12],
            v[13],
            v[14],
            new TotpEnrolmentSettings((String) row[15], v[16], v[17])));
  }

  /**
   * Replaces the tenant's row. The primary key decides, never a prior read: change the row; if
   * there is none, insert it, and an insert another transaction won meanwhile (two first saves at
   * once) does nothing, so this save changes that row instead. Simultaneous saves each succeed and
   * the last one holds, as for any full replacement; none fails. The same SQL runs on H2.
   */
  public void save(TenantId tenant, PolicySettings settings, Instant now) {
    Object[] values = values(settings, now);
    if (update(tenant, values) > 0) {
      return;
    }
    var insert =
        em.createNativeQuery(
                "insert into otp_policy ("
                    + COLUMNS
                    + ", updated_at, tenant_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict do nothing")
            .setHint(OtpPersistence.ALLOW_NATIVE, true);
    bind(insert, values, tenant);
    if (insert.executeUpdate() == 0) {
      update(tenant, values);
    }
  }

  private int update(TenantId tenant, Object[] values) {
    String assignments = String.join(" = ?, ", (COLUMNS + ", updated_at").split(",\\s*")) + " = ?";
    var update =
        em.createNativeQuery("update otp_policy set " + assignments + " where tenant_id = ?")
            .setHint(OtpPersistence.ALLOW_NATIVE, true);
    bind(update, values, tenant);
    return update.executeUpdate();
  }

  /** The values in the order of {@link #COLUMNS}, then {@code updated_at}. */
  private static Object[] values(PolicySettings settings, Instant now) {
    PurposeSettings login = settings.login();
    PurposeSettings sign = settings.sign();
    TotpEnrolmentSettings enrolment = settings.totpEnrolment();
    return new Object[] {
      login.totpWindowSteps(),
      login.hotpLookAhead(),
      login.lockoutThreshold(),
      login.firstDelaySeconds(),
      login.selfUnlocksPer30Days(),
      sign.totpWindowSteps(),
      sign.hotpLookAhead(),
      sign.lockoutThreshold(),
      sign.firstDelaySeconds(),
      sign.selfUnlocksPer30Days(),
      settings.driftCapSteps(),
      settings.diagnosticWindowSeconds(),
      settings.resyncHotpWindow(),
      settings.resyncTotpSteps(),
      settings.resyncThirdCodeBeyond(),
      enrolment.algorithm(),
      enrolment.digits(),
      enrolment.periodSeconds(),
      Timestamp.from(now)
    };
  }

  /** Binds the values, then the tenant as the last parameter. */
  private static void bind(Query query, Object[] values, TenantId tenant) {
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    query.setParameter(values.length + 1, tenant.value());
  }
}
