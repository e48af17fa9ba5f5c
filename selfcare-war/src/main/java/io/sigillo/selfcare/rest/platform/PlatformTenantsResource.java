package io.sigillo.selfcare.rest.platform;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.tenancy.api.BackEndCredentials;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.LoginAccounts.PortalAccount;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.NewTenant;
import io.sigillo.tenancy.api.TenantAdministration;
import io.sigillo.tenancy.api.TenantChanges;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Creates, lists and re-provisions tenants, creates their people's login accounts and hands out
 * (and rotates) their back ends' client secrets. Access is enforced by the {@code /api/platform/*}
 * constraint in web.xml (role {@code platform-admin}); {@code @RolesAllowed} states it here too for
 * the reader.
 */
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
public class PlatformTenantsResource {

  @Inject private TenantAdministration administration;
  @Inject private Tenants registry;
  @Inject private LoginClients loginClients;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @GET
  public List<TenantInfo> list() {
    return registry.list().stream().map(TenantInfo::of).toList();
  }

  @POST
  public Response create(TenantRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "tenant", "missing body");
    }
    TenantView created =
        administration.create(body.toNewTenant(), actor(), RequestCorrelation.of(request));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build())
        .entity(TenantInfo.of(created))
        .build();
  }

  @GET
  @Path("{slug}")
  public TenantInfo get(@PathParam("slug") String slug) {
    return TenantInfo.of(
        registry
            .find(tenantId(slug))
            .orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND)));
  }

  /** Edits name, hosts and branding (the logo is uploaded separately); pushed to Keycloak. */
  @PUT
  @Path("{slug}")
  public TenantInfo edit(@PathParam("slug") String slug, TenantRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "tenant", "missing body");
    }
    TenantId id = tenantId(slug);
    NewTenant edited = body.toNewTenant();
    // without branding, or without a logo, the tenant keeps its own (TenantAdministration.edit)
    return TenantInfo.of(
        administration.edit(
            id,
            new TenantChanges(edited.displayName(), edited.hosts(), edited.branding()),
            actor(),
            RequestCorrelation.of(request)));
  }

  /**
   * Uploads the logo (PNG or SVG, at most {@value TenantAdministration#MAX_LOGO_BYTES} bytes). The
   * type is taken from the content, whatever the request's Content-Type says.
   */
  @PUT
  @Path("{slug}/logo")
  @Consumes({"image/png", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
  public TenantInfo uploadLogo(@PathParam("slug") String slug, InputStream body)
      throws IOException {
    byte[] content = body.readNBytes(TenantAdministration.MAX_LOGO_BYTES + 1);
    return TenantInfo.of(
        administration.uploadLogo(
            tenantId(slug), content, actor(), RequestCorrelation.of(request)));
  }

  /** Serves again after a disable, and enables its Keycloak client. */
  @POST
  @Path("{slug}/enable")
  public TenantInfo enable(@PathParam("slug") String slug) {
    return TenantInfo.of(
        administration.enable(tenantId(slug), actor(), RequestCorrelation.of(request)));
  }

  /** Provisions again (idempotent): after a failed provisioning, or to push changed branding. */
  @POST
  @Path("{slug}/provision")
  public TenantInfo provision(@PathParam("slug") String slug) {
    return TenantInfo.of(
        administration.provision(tenantId(slug), actor(), RequestCorrelation.of(request)));
  }

  /**
   * The id and secret of the tenant's back-end client and where to exchange them for a token
   * (client credentials), for the reseller's back end. Audited; never cached, never logged.
   */
  @GET
  @Path("{slug}/backend-client")
  public Response backEndClient(@PathParam("slug") String slug) {
    return secret(
        administration.backEndCredentials(tenantId(slug), actor(), RequestCorrelation.of(request)));
  }

  /** A new secret for the back-end client; the old one stops working at once. */
  @POST
  @Path("{slug}/backend-client/secret")
  public Response rotateBackEndSecret(@PathParam("slug") String slug) {
    return secret(
        administration.rotateBackEndSecret(
            tenantId(slug), actor(), RequestCorrelation.of(request)));
  }

  private Response secret(BackEndCredentials credentials) {
    String tokenEndpoint = loginClients.issuer() + "/protocol/openid-connect/token";
    return Response.ok(
            new BackEndClient(
                credentials.clientId(),
                credentials.secret(),
                tokenEndpoint,
                loginClients.apiAudience()))
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  /** Disables the tenant: its portal stops serving and its Keycloak client stops logging in. */
  @POST
  @Path("{slug}/disable")
  public TenantInfo disable(@PathParam("slug") String slug) {
    return TenantInfo.of(
        administration.disable(tenantId(slug), actor(), RequestCorrelation.of(request)));
  }

  /** Creates a login account on the tenant if missing (else keeps its password) with the roles. */
  @POST
  @Path("{slug}/accounts")
  public Response ensureAccount(@PathParam("slug") String slug, AccountRequest body) {
    // the rules on username, password and roles are the administration's
    administration.ensureAccount(
        tenantId(slug),
        body == null
            ? null
            : new PortalAccount(
                body.username(),
                body.givenName(),
                body.surname(),
                body.email(),
                body.initialPassword() == null ? null : body.initialPassword().toCharArray()),
        body == null ? null : body.roles());
    return Response.noContent().build();
  }

  private String actor() {
    return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
  }

  private static TenantId tenantId(String slug) {
    if (!TenantId.isValid(slug)) {
      throw new SigilloException(PlatformError.NOT_FOUND);
    }
    return TenantId.of(slug);
  }

  /** A tenant as the platform API shows it. */
  public record TenantInfo(
      String slug, String displayName, List<String> hosts, Branding branding, String status) {

    static TenantInfo of(TenantView view) {
      return new TenantInfo(
          view.id().value(),
          view.displayName(),
          view.hosts(),
          view.branding(),
          view.status().name());
    }
  }

  /** The body of a tenant creation; branding optional (platform defaults). */
  public record TenantRequest(
      String slug, String displayName, List<String> hosts, BrandingRequest branding) {

    NewTenant toNewTenant() {
      try {
        return new NewTenant(
            slug, displayName, hosts, branding == null ? null : branding.toBranding());
      } catch (IllegalArgumentException e) {
        throw new SigilloException(PlatformError.VALIDATION, "branding", e.getMessage());
      }
    }
  }

  /** Branding as sent by a client: validated when turned into {@link Branding}. */
  public record BrandingRequest(
      String primaryColor,
      String accentColor,
      String logoUrl,
      String supportEmail,
      String supportPhone) {

    Branding toBranding() {
      return new Branding(primaryColor, accentColor, logoUrl, supportEmail, supportPhone);
    }
  }

  /**
   * A back end's credentials: {@code clientSecret} with {@code clientId} at {@code tokenEndpoint}
   * ({@code grant_type=client_credentials}) gives tokens for {@code audience}, the API.
   */
  public record BackEndClient(
      String clientId, String clientSecret, String tokenEndpoint, String audience) {

    @Override
    public String toString() {
      return "BackEndClient[clientId=" + clientId + ", clientSecret=***]";
    }
  }

  /** A login account to ensure; the password is used only if the account is created. */
  public record AccountRequest(
      String username,
      String givenName,
      String surname,
      String email,
      String initialPassword,
      Set<String> roles) {}
}
