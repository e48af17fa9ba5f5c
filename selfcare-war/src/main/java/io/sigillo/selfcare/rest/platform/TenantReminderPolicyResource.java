package io.sigillo.selfcare.rest.platform;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.signature.api.CertificateHousekeeping;
import io.sigillo.signature.api.ReminderPolicy;
import io.sigillo.tenancy.api.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's certificate expiry reminders, for the platform operator beside the certificate policy:
 * how many days before expiry the holders are reminded by e-mail and SMS (60, 30 and 7 by default).
 */
@Path("platform/tenants/{slug}/reminder-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@Tag(name = "Platform", description = "The platform operator's API (platform-admin)")
@APIResponse(responseCode = "403", description = "The caller is not platform-admin")
@APIResponse(responseCode = "404", description = "No tenant with this slug (SIG-001)")
public class TenantReminderPolicyResource {

  @Inject private CertificateHousekeeping housekeeping;
  @Inject private Tenants registry;
  @Inject private Actors actors;

  @Schema(
      description =
          "Days before a certificate's expiry at which its holder is reminded, most distant"
              + " first; platformDefaults true while the tenant has no days of its own")
  public record ReminderPolicyView(
      String tenant, List<Integer> daysBeforeExpiry, boolean platformDefaults) {}

  @Schema(description = "1 to 6 different days, each 1..400")
  public record ReminderPolicyRequest(List<Integer> daysBeforeExpiry) {}

  @GET
  @Operation(summary = "The tenant's reminder days (the platform default until they are set)")
  public ReminderPolicyView get(@PathParam("slug") String slug) {
    TenantId tenant = existing(slug);
    return view(tenant, housekeeping.reminderPolicy(tenant));
  }

  @PUT
  @Operation(
      summary = "Replace the tenant's reminder days",
      description = "Audited with the caller.")
  @APIResponse(
      responseCode = "400",
      description = "Days missing (SIG-006), or not 1..6 different days of 1..400 (SIG-151)")
  public ReminderPolicyView update(@PathParam("slug") String slug, ReminderPolicyRequest body) {
    TenantId tenant = existing(slug);
    if (body == null || body.daysBeforeExpiry() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "daysBeforeExpiry", "missing");
    }
    return view(
        tenant, housekeeping.changeReminderPolicy(tenant, body.daysBeforeExpiry(), actors.actor()));
  }

  private TenantId existing(String slug) {
    if (!TenantId.isValid(slug)) {
      throw new SigilloException(PlatformError.NOT_FOUND);
    }
    TenantId tenant = TenantId.of(slug);
    registry.find(tenant).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    return tenant;
  }

  private static ReminderPolicyView view(TenantId tenant, ReminderPolicy policy) {
    return new ReminderPolicyView(tenant.value(), policy.daysBeforeExpiry(), !policy.tenantOwn());
  }
}
