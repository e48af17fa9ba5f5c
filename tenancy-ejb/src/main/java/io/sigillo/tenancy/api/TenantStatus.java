package io.sigillo.tenancy.api;

/** A tenant's life-cycle: its portal serves users only while ACTIVE. */
public enum TenantStatus {
  /** Registered; the login broker is being (or must be re-) provisioned. */
  PROVISIONING,
  ACTIVE,
  DISABLED
}
