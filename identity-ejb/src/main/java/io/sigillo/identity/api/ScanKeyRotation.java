package io.sigillo.identity.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Re-seals the document scans of proofing records under the current key-encryption key, the
 * identity module's part of the platform operator's key rotation (the registry's device secrets are
 * {@code otp.api.OtpKeyRotation}'s). Idempotent: a scan already under the current key is left
 * alone, so a rotation interrupted at any point is finished by running it again; only when no scan
 * is left under an old key may that key leave the ring.
 */
@Local
public interface ScanKeyRotation {

  /** Tenants that have document scans under a key other than the current one (or not known). */
  List<TenantId> tenantsToReseal();

  /**
   * Re-seals up to {@code batchSize} (1..1,000) of the tenant's scans that are under another key,
   * in one transaction, and audits the batch. A scan stays readable meanwhile: its row holds either
   * the old ciphertext or the new one, and the ring opens both.
   */
  ScanResealBatch reseal(TenantId tenant, int batchSize, Actor actor);
}
