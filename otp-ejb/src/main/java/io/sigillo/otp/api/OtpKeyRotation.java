package io.sigillo.otp.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Re-encrypts device secrets under the current key-encryption key, after an operator made a new key
 * current ({@code sigillo.otp.secret-keys.current}) and kept the old one listed. Idempotent: a
 * secret already under the current key is left alone, so a rotation interrupted at any point is
 * finished by running it again; only then may the old key leave the ring.
 */
@Local
public interface OtpKeyRotation {

  /** The key new and rotated secrets are encrypted under. */
  String currentKeyId();

  /** Tenants that have device secrets under a key other than the current one. */
  List<TenantId> tenantsToRotate();

  /**
   * Re-encrypts up to {@code batchSize} (1..1,000) of the tenant's secrets that are under another
   * key, in one transaction, and audits the batch. A device is never unusable meanwhile: its row
   * holds either the old ciphertext or the new one, and the ring opens both.
   */
  KeyRotationBatch rotate(TenantId tenant, int batchSize, Actor actor);

  /** Records a whole run over every tenant, for the platform's own audit trail. */
  void recordRun(String summary, Actor actor);
}
