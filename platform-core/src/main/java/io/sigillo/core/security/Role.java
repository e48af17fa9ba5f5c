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
  /**
   * Keycloak's "Sigillo level 2" authenticator, with a client-credentials token of its own client
   * ({@code sigillo-level-two}, realm role {@code level-two-broker}): during a sign-in it asks
   * which level-2 methods a person has and checks their app or SMS code, for any person of any
   * tenant. Nothing else: it is a step of somebody else's login, never a person, staff or a back
   * end, so it proves no one's identity ({@link Assurance#NONE}) and may not read or change
   * credentials. A role of its own rather than {@link #SERVICE}, because a reseller's back end is
   * confined to its tenant and this caller is not, and because every other operation must be able
   * to refuse it.
   */
  LOGIN_BROKER,
  /** The platform itself: start-up seeding, scheduled housekeeping. Never given to a request. */
  SYSTEM
}
