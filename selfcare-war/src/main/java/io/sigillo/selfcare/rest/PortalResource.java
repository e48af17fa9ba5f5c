package io.sigillo.selfcare.rest;

import io.sigillo.selfcare.tenant.CurrentTenant;
import io.sigillo.tenancy.api.Branding;
import io.sigillo.tenancy.api.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public facts about the portal the request reached: who the reseller is and how it looks. */
@Path("portal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

  @Inject private CurrentTenant tenant;

  @GET
  public PortalInfo describe() {
    TenantView view = tenant.view();
    return new PortalInfo(view.id().value(), view.displayName(), view.branding());
  }

  /** What any visitor of the portal may know. */
  public record PortalInfo(String tenant, String displayName, Branding branding) {}
}
