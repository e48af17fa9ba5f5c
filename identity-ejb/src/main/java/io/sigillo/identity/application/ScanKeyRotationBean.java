package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Role;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.ScanKeyRotation;
import io.sigillo.identity.api.ScanResealBatch;
import io.sigillo.identity.domain.IdentityDocumentScan;
import io.sigillo.identity.infrastructure.persistence.IdentityTenantBinding;
import io.sigillo.identity.infrastructure.persistence.ScanSealStore;
import io.sigillo.identity.infrastructure.persistence.ScanSealStore.SealedScan;
import io.sigillo.otp.api.DataSealing;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;

/**
 * Key rotation of document scans, one tenant and one batch per transaction, the scans read one at a
 * time (up to 5 MB each). Each row is replaced by a compare-and-set on the key id it was read with,
 * so two runs at once, or a rerun, re-seal a scan at most once and never overwrite a newer
 * ciphertext.
 */
@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
// key rotation: the platform operator's API or a platform job
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class ScanKeyRotationBean implements ScanKeyRotation {

  static final int MAX_BATCH = 1_000;

  @Inject private ScanSealStore store;
  @Inject private DataSealing sealing;
  @Inject private IdentityAudit audit;

  @Override
  public List<TenantId> tenantsToReseal() {
    return store.tenantsNotUnder(sealing.currentKeyId());
  }

  @Override
  @Interceptors(IdentityTenantBinding.class)
  public ScanResealBatch reseal(TenantId tenant, int batchSize, Actor actor) {
    requirePlatform(actor);
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new SigilloException(PlatformError.VALIDATION, "batchSize", "1..1000");
    }
    String current = sealing.currentKeyId();
    int resealed = 0;
    for (long id : store.idsNotUnder(tenant, current, batchSize)) {
      Optional<SealedScan> scan = store.find(tenant, id);
      if (scan.isEmpty() || scan.get().keyId().filter(current::equals).isPresent()) {
        continue;
      }
      byte[] fresh =
          sealing.reseal(tenant, IdentityDocumentScan.SEALED_KIND, id, scan.get().sealed());
      if (store.replace(tenant, id, scan.get().keyId(), current, fresh)) {
        resealed++;
      }
    }
    long remaining = store.countNotUnder(tenant, current);
    if (resealed > 0) {
      audit.recordForTenant(
          tenant,
          actor,
          "identity.document-scans.resealed",
          resealed + " document scans re-sealed under " + current + ", " + remaining + " left");
    }
    return new ScanResealBatch(tenant, current, resealed, remaining);
  }

  /**
   * The platform operator acting as staff (level 2, or a back end with its secret), or the
   * platform.
   */
  private static void requirePlatform(Actor actor) {
    if (actor.is(Role.SYSTEM) || (actor.is(Role.PLATFORM_ADMIN) && actor.staff())) {
      return;
    }
    throw new SigilloException(
        actor.staffRole() ? PlatformError.STAFF_LEVEL_2_REQUIRED : PlatformError.ROLE_NOT_ALLOWED);
  }
}
