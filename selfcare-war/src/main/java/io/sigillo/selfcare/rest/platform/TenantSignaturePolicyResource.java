package io.sigillo.selfcare.rest.platform;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.selfcare.security.Actors;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import io.sigillo.tenancy.api.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's remote-signature certificate policy, for the platform operator: the validity of its
 * holders' new certificates, how many days before expiry renewal opens, and the rules for new
 * remote-signature passwords (minimum length, how many earlier passwords cannot be reused). Not the
 * tenant's own operators' to change (they could otherwise stretch certificates beyond what the
 * platform offers), so it sits under {@code /api/platform} with role {@code platform-admin}.
 */
@Path("platform/tenants/{slug}/signature-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@Tag(name = "Platform", description = "The platform operator's API (platform-admin)")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller is not platform-admin (SIG-007)")
@APIResponse(responseCode = "404", description = "No tenant with this slug (SIG-001)")
public class TenantSignaturePolicyResource {

  @Inject private SignaturePolicies policies;

  @Inject private Actors actors;
  @Inject private Tenants registry;
  @Context private HttpServletRequest request;

  @Schema(
      description =
          "A tenant's certificate policy: certificateValidityDays 1..1185 for certificates issued"
              + " from now on (orders and renewals); renewalWindowDays at least 1 and shorter than"
              + " the validity; passwordMinLength 10..64 for new remote-signature passwords;"
              + " passwordHistory 0..24, how many of the latest passwords (the current one"
              + " included) a new one must differ from; platformDefaults true while the tenant"
              + " has no policy of its own")
  public record SignaturePolicyView(
      String tenant,
      int certificateValidityDays,
      int renewalWindowDays,
      int passwordMinLength,
      int passwordHistory,
      boolean platformDefaults) {}

  @Schema(
      description =
          "The new policy: both certificate values are required; a password rule left out keeps"
              + " its current value")
  public record SignaturePolicyRequest(
      Integer certificateValidityDays,
      Integer renewalWindowDays,
      Integer passwordMinLength,
      Integer passwordHistory) {}

  @GET
  @Operation(summary = "The tenant's certificate policy (the platform defaults until it is set)")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SignaturePolicyView.class)))
  public SignaturePolicyView get(@PathParam("slug") String slug) {
    TenantId tenant = existing(slug);
    return view(tenant, policies.current(tenant), policies.find(tenant).isEmpty());
  }

  @PUT
  @Operation(
      summary = "Replace the tenant's certificate policy",
      description =
          "Audited with the caller. Applies to the next order, renewal and renewal-window check;"
              + " certificates already issued keep their validity.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SignaturePolicyView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Validity outside 1..1185 days (SIGN-059), renewal window under 1 day or not shorter"
              + " than the validity (SIGN-060), password minimum length outside 10..64 or history"
              + " outside 0..24 (SIGN-116), a value missing (SIG-006), or unreadable JSON")
  @APIResponse(
      responseCode = "409",
      description = "Another change of this tenant's policy was saved meanwhile (SIGN-061)")
  public SignaturePolicyView update(@PathParam("slug") String slug, SignaturePolicyRequest body) {
    TenantId tenant = existing(slug);
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "policy", "missing body");
    }
    if (body.certificateValidityDays() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "certificateValidityDays", "missing");
    }
    if (body.renewalWindowDays() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "renewalWindowDays", "missing");
    }
    SignaturePolicySettings current = policies.current(tenant);
    SignaturePolicySettings saved =
        policies.update(
            tenant,
            current
                .withCertificates(body.certificateValidityDays(), body.renewalWindowDays())
                .withPasswords(
                    body.passwordMinLength() == null
                        ? current.passwordMinLength()
                        : body.passwordMinLength(),
                    body.passwordHistory() == null
                        ? current.passwordHistory()
                        : body.passwordHistory()),
            actors.actor());
    return view(tenant, saved, false);
  }

  private TenantId existing(String slug) {
    if (!TenantId.isValid(slug)) {
      throw new SigilloException(PlatformError.NOT_FOUND);
    }
    TenantId tenant = TenantId.of(slug);
    registry.find(tenant).orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND));
    return tenant;
  }

  private String actor() {
    return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
  }

  private static SignaturePolicyView view(
      TenantId tenant, SignaturePolicySettings settings, boolean platformDefaults) {
    return new SignaturePolicyView(
        tenant.value(),
        settings.certificateValidityDays(),
        settings.renewalWindowDays(),
        settings.passwordMinLength(),
        settings.passwordHistory(),
        platformDefaults);
  }
}
