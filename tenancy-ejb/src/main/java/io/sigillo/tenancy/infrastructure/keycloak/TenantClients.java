package io.sigillo.tenancy.infrastructure.keycloak;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.TenantView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a tenant looks in Keycloak: names, roles, redirect URIs and the attributes that carry its
 * branding to the login theme. The names the login shares are {@link LoginClients}'s.
 */
public final class TenantClients {

  /** The tenant roles; {@code platform-admin} is a realm role and never a tenant's. */
  public static final Set<String> ROLES = LoginClients.ROLES;

  /** The realm role of the platform's operators. */
  public static final String PLATFORM_ADMIN = LoginClients.PLATFORM_ADMIN;

  /** Claim carrying {@link #PLATFORM_ADMIN} when the person has it (a top-level array). */
  public static final String PLATFORM_ROLES_CLAIM = LoginClients.PLATFORM_ROLES_CLAIM;

  /** Claim the client-role mapper writes the tenant roles into (a top-level array). */
  public static final String GROUPS_CLAIM = LoginClients.GROUPS_CLAIM;

  /** Organization attribute holding the tenant slug: the stable key to find the organization. */
  public static final String TENANT_ATTRIBUTE = "sigillo.tenant";

  static final String BRAND_PREFIX = "sigillo.brand.";

  /** The login theme every tenant client uses (module keycloak-theme). */
  public static final String LOGIN_THEME = "sigillo";

  /** The path of the login callback; part of every redirect URI. */
  public static final String CALLBACK_PATH = LoginClients.CALLBACK_PATH;

  private TenantClients() {}

  public static String clientId(TenantId tenant) {
    return LoginClients.clientId(tenant);
  }

  /**
   * Where Keycloak may send the browser back: the tenant's hosts, https and http (TLS usually ends
   * at a proxy in front of the portal). Any path, because the portal may run under a context path.
   * With {@code anyPortOnLocalhost}, {@code *.localhost} hosts also accept any port: those names
   * resolve only to the local machine, and development and tests run on chosen or random ports.
   */
  static List<String> redirectUris(TenantView tenant, boolean anyPortOnLocalhost) {
    List<String> uris = new ArrayList<>();
    for (String host : tenant.hosts()) {
      uris.add("https://" + host + "/*");
      uris.add("http://" + host + "/*");
      if (anyPortOnLocalhost && isLocalhost(host)) {
        uris.add("http://" + host + ":*");
      }
    }
    return uris;
  }

  static List<String> webOrigins(TenantView tenant) {
    List<String> origins = new ArrayList<>();
    for (String host : tenant.hosts()) {
      origins.add("https://" + host);
      origins.add("http://" + host);
    }
    return origins;
  }

  static boolean isLocalhost(String host) {
    return host.equals("localhost") || host.endsWith(".localhost");
  }

  /**
   * Branding for the (shared) login theme: read as {@code client.attributes[...]}. Keycloak's pages
   * are on another host than the portal, so a logo is either an https URL or the uploaded image
   * itself as a data URL ({@code uploadedLogo}); a path on the portal would not resolve there.
   */
  static Map<String, String> brandingAttributes(TenantView tenant, Optional<String> uploadedLogo) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(BRAND_PREFIX + "name", tenant.displayName());
    attributes.put(BRAND_PREFIX + "primary-color", tenant.branding().primaryColor());
    attributes.put(BRAND_PREFIX + "accent-color", tenant.branding().accentColor());
    String logo = tenant.branding().logoUrl();
    attributes.put(
        BRAND_PREFIX + "logo-url",
        uploadedLogo.orElse(logo != null && logo.startsWith("https://") ? logo : ""));
    attributes.put(BRAND_PREFIX + "support-email", nullToEmpty(tenant.branding().supportEmail()));
    attributes.put(BRAND_PREFIX + "support-phone", nullToEmpty(tenant.branding().supportPhone()));
    return attributes;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
