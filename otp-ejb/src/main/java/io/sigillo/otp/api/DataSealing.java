package io.sigillo.otp.api;

import io.sigillo.core.tenant.TenantId;

/**
 * Encryption at rest of other modules' confidential data (an identity's document scans) under the
 * same keys and cipher as the registry's device secrets (AES-256-GCM, key id in the stored form).
 * Each value is bound to its kind, tenant and row: copied to another row, kind or tenant it does
 * not open.
 *
 * <p>The keys rotate ({@code sigillo.otp.secret-keys.current}): a module that seals data keeps the
 * key id of each value beside it ({@link #keyIdOf}), and offers the platform operator's key
 * rotation a way to re-seal its values under {@link #currentKeyId} ({@link #reseal}), so that the
 * old key can leave the ring without making them unreadable.
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

  /** The key {@link #seal} seals under now. */
  String currentKeyId();

  /**
   * The key a stored value is sealed under, read from its clear header without opening it; a
   * catalogued error when it is not in the stored form.
   */
  String keyIdOf(byte[] sealed);

  /**
   * The same value, for the same row, under the current key with a new IV (key rotation); the
   * plaintext never leaves the registry. A catalogued error as {@link #open} when it does not open.
   */
  byte[] reseal(TenantId tenant, String kind, long rowId, byte[] sealed);
}
