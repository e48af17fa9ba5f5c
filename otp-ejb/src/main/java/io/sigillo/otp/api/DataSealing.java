package io.sigillo.otp.api;

import io.sigillo.core.tenant.TenantId;

/**
 * Encryption at rest of other modules' confidential data (an identity's document scans) under the
 * same keys and cipher as the registry's device secrets (AES-256-GCM, key id in the stored form).
 * Each value is bound to its kind, tenant and row: copied to another row, kind or tenant it does
 * not open.
 */
public interface DataSealing {

  /**
   * The stored form of {@code plain}.
   *
   * @param kind what the value is, lowercase letters and '-' ({@code identity-document-scan});
   *     never the registry's own {@code otp-secret}
   */
  byte[] seal(TenantId tenant, String kind, long rowId, byte[] plain);

  /** The value sealed for this row; a catalogued error when it was altered or its key removed. */
  byte[] open(TenantId tenant, String kind, long rowId, byte[] sealed);
}
