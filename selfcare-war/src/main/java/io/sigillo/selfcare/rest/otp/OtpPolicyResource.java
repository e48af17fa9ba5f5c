package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpPolicies;
import io.sigillo.selfcare.rest.otp.PolicyJson.PolicyView;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's OTP policy, for its operators: windows, lockout, self-unlock, drift,
 * resynchronisation and the enrolment parameters of new apps. A change is checked value by value
 * (OTP-012 names the first value out of range), audited, and applies to the next attempt.
 */
@Path("otp/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OTP policy", description = "A tenant's OTP rules, as data (operators)")
@SecurityRequirement(name = OtpDevicesResource.BEARER)
@APIResponse(responseCode = "401", description = "No valid session or bearer token")
@APIResponse(responseCode = "403", description = "The caller is not an operator of the tenant")
public class OtpPolicyResource {

  @Inject private OtpPolicies policies;
  @Inject private OtpCaller caller;
  @Inject private RequestContext context;

  @GET
  @Operation(summary = "The policy in force (the platform defaults until the tenant sets one)")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PolicyView.class)))
  public PolicyView get() {
    caller.requireOperator();
    return PolicyView.of(policies.current(context.tenant()));
  }

  @PUT
  @Operation(
      summary = "Replace the policy",
      description =
          "Every value is required; read the policy, change what you need and send it back."
              + " Apps already enrolled keep their algorithm, digits and period.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PolicyView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A value missing (SIG-006) or out of its range (OTP-012), or unreadable JSON")
  public PolicyView update(PolicyView body) {
    caller.requireOperator();
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "policy", "missing body");
    }
    return PolicyView.of(policies.update(context.tenant(), body.settings(), context.actor()));
  }
}
