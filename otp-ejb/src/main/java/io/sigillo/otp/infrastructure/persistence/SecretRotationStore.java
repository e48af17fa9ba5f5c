package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The device secrets a key rotation reads and replaces, by key id ({@code otp_device_secret_key}
 * indexes it). Native SQL naming the tenant, like {@link DeviceStore}; only the listing of tenants
 * spans them, and it returns nothing but their ids.
 */
@ApplicationScoped
public class SecretRotationStore {

  /** A device's stored ciphertext and the key id its row names. */
  public record StoredSecret(long deviceId, String keyId, byte[] data) {}

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  public List<TenantId> tenantsNotUnder(String keyId) {
    return native_(
            "select distinct tenant_id from otp_device where secret_key_id <> ?"
                + " and secret_data is not null order by tenant_id")
        .setParameter(1, keyId)
        .getResultList()
        .stream()
        .map(tenant -> TenantId.of((String) tenant))
        .toList();
  }

  public List<StoredSecret> notUnder(TenantId tenant, String keyId, int limit) {
    List<?> rows =
        native_(
                "select id, secret_key_id, secret_data from otp_device"
                    + " where tenant_id = ? and secret_key_id <> ? and secret_data is not null"
                    + " order by id")
            .setParameter(1, tenant.value())
            .setParameter(2, keyId)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new StoredSecret(((Number) r[0]).longValue(), (String) r[1], (byte[]) r[2]))
        .toList();
  }

  public long countNotUnder(TenantId tenant, String keyId) {
    Object count =
        native_(
                "select count(*) from otp_device"
                    + " where tenant_id = ? and secret_key_id <> ? and secret_data is not null")
            .setParameter(1, tenant.value())
            .setParameter(2, keyId)
            .getSingleResult();
    return ((Number) count).longValue();
  }

  /**
   * Replaces the ciphertext if the row is still under the key it was read with, and bumps the
   * version so a loaded copy of the device cannot write the old one back.
   *
   * @return whether this call replaced it; {@code false} if another run got there first
   */
  public boolean replace(
      TenantId tenant, long deviceId, String fromKeyId, String toKeyId, byte[] data) {
    return native_(
                "update otp_device set secret_key_id = ?, secret_data = ?, version = version + 1"
                    + " where id = ? and tenant_id = ? and secret_key_id = ?")
            .setParameter(1, toKeyId)
            .setParameter(2, data)
            .setParameter(3, deviceId)
            .setParameter(4, tenant.value())
            .setParameter(5, fromKeyId)
            .executeUpdate()
        == 1;
  }

  private Query native_(String sql) {
    return em.createNativeQuery(sql).setHint(OtpPersistence.ALLOW_NATIVE, true);
  }
}
