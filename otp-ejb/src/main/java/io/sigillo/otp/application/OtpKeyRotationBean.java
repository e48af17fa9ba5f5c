package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.KeyRotationBatch;
import io.sigillo.otp.api.OtpKeyRotation;
import io.sigillo.otp.infrastructure.crypto.SecretVault;
import io.sigillo.otp.infrastructure.persistence.OtpTenantBinding;
import io.sigillo.otp.infrastructure.persistence.SecretRotationStore;
import io.sigillo.otp.infrastructure.persistence.SecretRotationStore.StoredSecret;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Key rotation of device secrets, one tenant and one batch per transaction, so a large registry is
 * rotated in short transactions that never hold many row locks. Each row is replaced by a
 * compare-and-set on the key id it was read with, so two runs at once, or a rerun, re-encrypt a
 * secret at most once and never overwrite a newer ciphertext.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// key rotation: the platform operator's API or a platform job
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class OtpKeyRotationBean implements OtpKeyRotation {

  static final int MAX_BATCH = 1_000;

  @Inject private SecretRotationStore store;
  @Inject private SecretVault vault;
  @Inject private OtpAudit audit;
  @Inject private AuditLog log;
  @Inject private Clock clock;
  @Inject private DeviceAccess access;

  @Override
  public String currentKeyId() {
    return vault.currentKeyId();
  }

  @Override
  public List<TenantId> tenantsToRotate() {
    return store.tenantsNotUnder(vault.currentKeyId());
  }

  @Override
  @Interceptors(OtpTenantBinding.class)
  public KeyRotationBatch rotate(TenantId tenant, int batchSize, Actor actor) {
    access.staff(actor);
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new SigilloException(PlatformError.VALIDATION, "batchSize", "1..1000");
    }
    String current = vault.currentKeyId();
    int rotated = 0;
    for (StoredSecret row : store.notUnder(tenant, current, batchSize)) {
      byte[] resealed = vault.reseal(row.data(), tenant, row.deviceId());
      if (store.replace(tenant, row.deviceId(), row.keyId(), current, resealed)) {
        rotated++;
      }
    }
    long remaining = store.countNotUnder(tenant, current);
    if (rotated > 0) {
      audit.keyRotation(
          tenant,
          actor,
          current,
          rotated + " device secrets re-encrypted under " + current + ", " + remaining + " left");
    }
    return new KeyRotationBatch(tenant, current, rotated, remaining);
  }

  @Override
  public void recordRun(String summary, Actor actor) {
    log.record(
        new AuditEvent(
            Optional.empty(),
            actor.name(),
            "otp.secrets.rotation-run",
            AuditSubject.of(AuditSubject.Kind.OTP_KEY, vault.currentKeyId()),
            summary,
            actor.correlationId(),
            clock.instant()));
  }
}
