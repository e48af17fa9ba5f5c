package io.sigillo.core.security;

/**
 * The container roles of the EJB layer, as constants for {@code @RolesAllowed} and {@code @RunAs}
 * (annotations need compile-time strings, an enum's name is not one). Each is a {@link Role}: the
 * web edge turns a caller's Keycloak roles into these groups (Payara maps a group to the role of
 * the same name), and the platform's own work runs as {@link #SYSTEM} through {@code @RunAs}, whose
 * principal {@code WEB-INF/glassfish-web.xml} (Micro) and the EAR's {@code
 * glassfish-application.xml} name.
 */
public final class Roles {

  /** {@link Role#PERSON}: a tenant's citizen or signature holder (Keycloak client role user). */
  public static final String USER = "user";

  /** {@link Role#OPERATOR}: reseller staff. */
  public static final String OPERATOR = "operator";

  /** {@link Role#PLATFORM_ADMIN}: the platform operator (realm role). */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** {@link Role#SERVICE}: a reseller's back end (client-credentials token). */
  public static final String SERVICE = "service";

  /**
   * {@link Role#LOGIN_BROKER}: Keycloak's level-2 step (a client-credentials token holding the
   * realm role {@code level-two-broker}); reaches only {@code /api/level-two/*}.
   */
  public static final String LOGIN_BROKER = "login-broker";

  /** {@link Role#SYSTEM}: start-up seeding and the platform's own jobs; never a request's role. */
  public static final String SYSTEM = "system";

  private Roles() {}
}
