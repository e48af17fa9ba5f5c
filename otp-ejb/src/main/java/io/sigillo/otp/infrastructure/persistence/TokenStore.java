package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceStatus;
import io.sigillo.otp.api.DeviceType;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.TokenState;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.otp.domain.OtpDevice;
import io.sigillo.otp.domain.Resync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The token inventory's reads and writes. State changes are conditional UPDATEs naming the state
 * they start from, so a claim racing an operator's assignment, or two claims of one token, have
 * exactly one winner; like {@link DeviceStore}, every native statement names the tenant.
 */
@ApplicationScoped
public class TokenStore {

  /** Bind parameters per IN list: well within every driver's limit. */
  private static final int CHUNK = 500;

  private static final String SUMMARY_COLUMNS =
      "select d.id, d.serial, d.status, d.locked_at, d.owner, d.type, d.algorithm, d.digits,"
          + " d.period_seconds, t.manufacturer, t.model, d.created_at, d.activated_at"
          + " from otp_device d left join otp_token t on t.device_id = d.id"
          + " where d.tenant_id = ? and d.serial is not null";

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  /** The tenant's devices with these serials (EclipseLink adds the tenant filter). */
  public Map<String, OtpDevice> bySerials(Collection<String> serials) {
    Map<String, OtpDevice> found = new HashMap<>();
    List<String> all = List.copyOf(serials);
    for (int from = 0; from < all.size(); from += CHUNK) {
      em.createQuery("select d from OtpDevice d where d.serial in :serials", OtpDevice.class)
          .setParameter("serials", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .getResultList()
          .forEach(d -> found.put(d.serial().orElseThrow(), d));
    }
    return found;
  }

  public Optional<OtpDevice> bySerial(String serial) {
    return em.createNamedQuery("OtpDevice.bySerial", OtpDevice.class)
        .setParameter("serial", serial)
        .getResultStream()
        .findFirst();
  }

  /** Persists a token in stock; the caller seals its secret for the id before the flush. */
  public void persist(OtpDevice token) {
    em.persist(token);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Writes the new tokens now. A serial another transaction registered meanwhile (two imports of
   * one file at once) violates the tenant's unique serial: that is {@link
   * OtpError#TOKEN_IMPORT_CONFLICT}, not a server error; the import is idempotent, so repeating it
   * succeeds.
   */
  public void flushNewTokens() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (uniqueViolation(e)) {
        throw new SigilloException(OtpError.TOKEN_IMPORT_CONFLICT);
      }
      throw e;
    }
  }

  /** SQLSTATE 23505 (unique_violation) on PostgreSQL and H2 alike. */
  private static boolean uniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public void recordOrigin(
      TenantId tenant,
      long deviceId,
      Optional<String> manufacturer,
      Optional<String> model,
      String source,
      String importedBy,
      Instant now) {
    native_(
            "insert into otp_token (device_id, tenant_id, manufacturer, model, source,"
                + " imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, deviceId)
        .setParameter(2, tenant.value())
        .setParameter(3, manufacturer.orElse(null))
        .setParameter(4, model.orElse(null))
        .setParameter(5, source)
        .setParameter(6, Timestamp.from(now))
        .setParameter(7, importedBy)
        .executeUpdate();
  }

  /**
   * Moves a stocked token's counter forward; never backwards, never once it left the stock.
   *
   * @return whether it moved
   */
  public boolean advanceInStock(TenantId tenant, long deviceId, long nextCounter) {
    return native_(
                "update otp_device set last_accepted = ?, version = version + 1"
                    + " where id = ? and tenant_id = ? and status = 'AVAILABLE'"
                    + " and last_accepted < ?")
            .setParameter(1, nextCounter - 1)
            .setParameter(2, deviceId)
            .setParameter(3, tenant.value())
            .setParameter(4, nextCounter - 1)
            .executeUpdate()
        == 1;
  }

  /**
   * Makes a token the holder's, active, at the position the claim's codes were found: from stock,
   * or assigned to this very holder. The replay floor only moves forward.
   *
   * @return whether this claim won
   */
  public boolean claim(
      TenantId tenant, long deviceId, String owner, Resync.Found found, boolean totp, Instant now) {
    return native_(
                "update otp_device set owner = ?, status = 'ACTIVE', activated_at = ?,"
                    + " last_accepted = ?, base_drift_steps = ?, learned_drift_steps = 0,"
                    + " last_window_offset = null, last_window_limit = null, accepted_below = 0,"
                    + " login_failures = 0, login_last_failure_at = null,"
                    + " sign_failures = 0, sign_last_failure_at = null, version = version + 1"
                    + " where id = ? and tenant_id = ? and last_accepted < ? and locked_at is null"
                    + " and (status = 'AVAILABLE' or (status = 'PENDING' and owner = ?))")
            .setParameter(1, owner)
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, found.lastAccepted())
            .setParameter(4, totp ? found.baseDriftSteps() : 0)
            .setParameter(5, deviceId)
            .setParameter(6, tenant.value())
            .setParameter(7, found.lastAccepted())
            .setParameter(8, owner)
            .executeUpdate()
        == 1;
  }

  /** Stock to a holder: ASSIGNED (pending its first code). */
  public boolean assign(TenantId tenant, long deviceId, String owner) {
    return native_(
                "update otp_device set owner = ?, status = 'PENDING', version = version + 1"
                    + " where id = ? and tenant_id = ? and status = 'AVAILABLE'")
            .setParameter(1, owner)
            .setParameter(2, deviceId)
            .setParameter(3, tenant.value())
            .executeUpdate()
        == 1;
  }

  /**
   * An assignment cancelled: back to stock, nobody's, only while it is still assigned to this very
   * holder (a claim that won meanwhile keeps the token).
   *
   * @return whether this cancellation won
   */
  public boolean unassign(TenantId tenant, long deviceId, String owner) {
    return native_(
                "update otp_device set owner = null, status = 'AVAILABLE', version = version + 1"
                    + " where id = ? and tenant_id = ? and status = 'PENDING' and owner = ?"
                    + " and serial is not null")
            .setParameter(1, deviceId)
            .setParameter(2, tenant.value())
            .setParameter(3, owner)
            .executeUpdate()
        == 1;
  }

  /** Out of service for good, from stock or assigned (an active token is revoked instead). */
  public boolean retire(TenantId tenant, long deviceId) {
    return native_(
                "update otp_device set status = 'REVOKED', version = version + 1"
                    + " where id = ? and tenant_id = ? and status in ('AVAILABLE', 'PENDING')")
            .setParameter(1, deviceId)
            .setParameter(2, tenant.value())
            .executeUpdate()
        == 1;
  }

  public List<TokenSummary> list(TenantId tenant, Optional<TokenState> state, int limit) {
    Query query =
        native_(
                SUMMARY_COLUMNS
                    + state.map(TokenStore::condition).orElse("")
                    + " order by d.serial")
            .setParameter(1, tenant.value())
            .setMaxResults(limit);
    return summaries(query.getResultList());
  }

  /** Tokens of one state whose serial contains {@code fragment} (case-insensitive). */
  public List<TokenSummary> search(
      TenantId tenant, String fragment, Optional<TokenState> state, int limit) {
    String like =
        "%"
            + fragment
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    Query query =
        native_(
                SUMMARY_COLUMNS
                    + " and lower(d.serial) like ? escape '\\'"
                    + state.map(TokenStore::condition).orElse("")
                    + " order by d.serial")
            .setParameter(1, tenant.value())
            .setParameter(2, like)
            .setMaxResults(limit);
    return summaries(query.getResultList());
  }

  /** The tokens assigned to this holder and not yet claimed. */
  public List<TokenSummary> assignedTo(TenantId tenant, String owner) {
    Query query =
        native_(SUMMARY_COLUMNS + " and d.status = 'PENDING' and d.owner = ? order by d.serial")
            .setParameter(1, tenant.value())
            .setParameter(2, owner);
    return summaries(query.getResultList());
  }

  public Optional<TokenSummary> find(TenantId tenant, String serial) {
    List<?> rows =
        native_(SUMMARY_COLUMNS + " and d.serial = ?")
            .setParameter(1, tenant.value())
            .setParameter(2, serial)
            .getResultList();
    return summaries(rows).stream().findFirst();
  }

  /** When this holder's claims failed since {@code since}. */
  /**
   * Holds the claimant's row until the transaction ends, so the claims of one claimant are decided
   * one after the other and each reads the failures of those before it. The first claim ever
   * creates the row; a simultaneous first claim waits on its primary key.
   */
  public void lockClaimant(TenantId tenant, String claimant) {
    native_(
            "insert into otp_token_claimant (tenant_id, claimant) values (?, ?)"
                + " on conflict do nothing")
        .setParameter(1, tenant.value())
        .setParameter(2, claimant)
        .executeUpdate();
    native_(
            "select claimant from otp_token_claimant where tenant_id = ? and claimant = ?"
                + " for update")
        .setParameter(1, tenant.value())
        .setParameter(2, claimant)
        .getResultList();
  }

  public List<Instant> claimFailuresSince(TenantId tenant, String claimant, Instant since) {
    List<?> rows =
        native_(
                "select failed_at from otp_token_claim_failure"
                    + " where tenant_id = ? and claimant = ? and failed_at > ?")
            .setParameter(1, tenant.value())
            .setParameter(2, claimant)
            .setParameter(3, Timestamp.from(since))
            .getResultList();
    return rows.stream().map(DeviceStore::instant).sorted().toList();
  }

  public void recordClaimFailure(TenantId tenant, String claimant, Instant now) {
    native_(
            "insert into otp_token_claim_failure (tenant_id, claimant, failed_at)"
                + " values (?, ?, ?)")
        .setParameter(1, tenant.value())
        .setParameter(2, claimant)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  public void clearClaimFailures(TenantId tenant, String claimant) {
    native_("delete from otp_token_claim_failure where tenant_id = ? and claimant = ?")
        .setParameter(1, tenant.value())
        .setParameter(2, claimant)
        .executeUpdate();
  }

  private static String condition(TokenState state) {
    return switch (state) {
      case AVAILABLE -> " and d.status = 'AVAILABLE'";
      case ASSIGNED -> " and d.status = 'PENDING'";
      case ACTIVE -> " and d.status = 'ACTIVE' and d.locked_at is null";
      case LOCKED -> " and d.status = 'ACTIVE' and d.locked_at is not null";
      case LOST -> " and d.status = 'LOST'";
      case RETIRED -> " and d.status = 'REVOKED'";
    };
  }

  private static List<TokenSummary> summaries(List<?> rows) {
    List<TokenSummary> summaries = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      DeviceStatus status = DeviceStatus.valueOf((String) c[2]);
      summaries.add(
          new TokenSummary(
              ((Number) c[0]).longValue(),
              (String) c[1],
              TokenState.of(status, c[3] != null),
              Optional.ofNullable((String) c[4]),
              DeviceType.valueOf((String) c[5]),
              (String) c[6],
              ((Number) c[7]).intValue(),
              ((Number) c[8]).intValue(),
              Optional.ofNullable((String) c[9]),
              Optional.ofNullable((String) c[10]),
              DeviceStore.instant(c[11]),
              Optional.ofNullable(c[12]).map(DeviceStore::instant)));
    }
    return summaries;
  }

  private Query native_(String sql) {
    return em.createNativeQuery(sql).setHint(OtpPersistence.ALLOW_NATIVE, true);
  }
}
