package io.sigillo.core.security;

/** What the caller is, independently of how strongly they proved it ({@link Assurance}). */
public enum Role {
  /** A citizen or a signature holder of the tenant, acting on their own data only. */
  PERSON,
  /** Reseller staff assisting the tenant's people. */
  OPERATOR,
  /** The platform operator, who creates and configures tenants. */
  PLATFORM_ADMIN,
  /** A reseller's back end, with a client-credentials token: validates codes, imports tokens. */
  SERVICE,
  /** The platform itself: start-up seeding, scheduled housekeeping. Never given to a request. */
  SYSTEM
}
