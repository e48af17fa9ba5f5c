package io.sigillo.identity.infrastructure.persistence;

import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * The document scans a key rotation reads and replaces, by the key id beside each ciphertext
 * ({@code identity_document_scan_key} indexes it; {@code null} for scans stored before it was
 * kept). Native SQL naming the tenant, so a batch reads one scan's content at a time rather than
 * loading entities of up to 5 MB each; only the listing of tenants spans them, and it returns
 * nothing but their ids.
 */
@ApplicationScoped
public class ScanSealStore {

  private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";
  private static final String NOT_UNDER = "(sealed_key_id is null or sealed_key_id <> ?)";

  /** A scan's stored ciphertext and the key id its row names (empty if none). */
  public record SealedScan(long id, Optional<String> keyId, byte[] sealed) {}

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  public List<TenantId> tenantsNotUnder(String keyId) {
    return native_(
            "select distinct tenant_id from identity_document_scan where "
                + NOT_UNDER
                + " order by tenant_id")
        .setParameter(1, keyId)
        .getResultList()
        .stream()
        .map(tenant -> TenantId.of((String) tenant))
        .toList();
  }

  public List<Long> idsNotUnder(TenantId tenant, String keyId, int limit) {
    return native_(
            "select id from identity_document_scan where tenant_id = ? and "
                + NOT_UNDER
                + " order by id")
        .setParameter(1, tenant.value())
        .setParameter(2, keyId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  public Optional<SealedScan> find(TenantId tenant, long id) {
    List<?> rows =
        native_(
                "select sealed_key_id, sealed_content from identity_document_scan"
                    + " where id = ? and tenant_id = ?")
            .setParameter(1, id)
            .setParameter(2, tenant.value())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new SealedScan(id, Optional.ofNullable((String) r[0]), (byte[]) r[1]))
        .findFirst();
  }

  public long countNotUnder(TenantId tenant, String keyId) {
    Object count =
        native_("select count(*) from identity_document_scan where tenant_id = ? and " + NOT_UNDER)
            .setParameter(1, tenant.value())
            .setParameter(2, keyId)
            .getSingleResult();
    return ((Number) count).longValue();
  }

  /**
   * Replaces the ciphertext if the row still names the key it was read with.
   *
   * @return whether this call replaced it; {@code false} if another run got there first
   */
  public boolean replace(
      TenantId tenant, long id, Optional<String> fromKeyId, String toKeyId, byte[] sealed) {
    Query update =
        native_(
                "update identity_document_scan set sealed_key_id = ?, sealed_content = ?"
                    + " where id = ? and tenant_id = ? and "
                    + (fromKeyId.isPresent() ? "sealed_key_id = ?" : "sealed_key_id is null"))
            .setParameter(1, toKeyId)
            .setParameter(2, sealed)
            .setParameter(3, id)
            .setParameter(4, tenant.value());
    fromKeyId.ifPresent(from -> update.setParameter(5, from));
    return update.executeUpdate() == 1;
  }

  private Query native_(String sql) {
    return em.createNativeQuery(sql).setHint(ALLOW_NATIVE, true);
  }
}
