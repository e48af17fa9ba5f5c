package io.sigillo.identity.api;

import io.sigillo.core.tenant.TenantId;

/**
 * One batch of a key rotation of document scans in one tenant.
 *
 * @param keyId the current key-encryption key, which the re-sealed scans are now under
 * @param resealed scans re-sealed by this batch
 * @param remaining scans of the tenant still under another key (or of unknown key) after it
 */
public record ScanResealBatch(TenantId tenant, String keyId, int resealed, long remaining) {}
