package io.sigillo.selfcare.rest.platform;

import io.sigillo.selfcare.security.Actors;
import io.sigillo.tenancy.api.Housekeeping;
import io.sigillo.tenancy.api.HousekeepingReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Starts the platform's housekeeping at once on the node that answers, for the platform operator
 * (after an outage, or to check a change of policy): the same run the timer starts, under the same
 * lease, so it never runs beside another node's.
 */
@Path("platform/housekeeping/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@Tag(name = "Platform", description = "The platform operator's API (platform-admin)")
public class HousekeepingResource {

  @Inject private Housekeeping housekeeping;
  @Inject private Actors actors;

  @POST
  @Operation(
      summary = "Run the housekeeping now",
      description =
          "Certificate expiry reminders, CRLs due republished, expired codes, challenges and"
              + " signing sessions purged; audited with the counts. ran is false when another"
              + " node was running it (nothing was done here).")
  @APIResponse(responseCode = "200", description = "What the run did, or ran=false")
  @APIResponse(responseCode = "403", description = "The caller is not platform-admin")
  public HousekeepingReport run() {
    return housekeeping.runNow(actors.actor());
  }
}
