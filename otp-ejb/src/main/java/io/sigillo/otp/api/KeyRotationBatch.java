package io.sigillo.otp.api;

import io.sigillo.core.tenant.TenantId;

/**
 * One batch of a key rotation in one tenant.
 *
 * @param keyId the current key-encryption key, which the rotated secrets are now under
 * @param rotated secrets re-encrypted by this batch
 * @param remaining secrets of the tenant still under another key after it
 */
public record KeyRotationBatch(TenantId tenant, String keyId, int rotated, long remaining) {}
