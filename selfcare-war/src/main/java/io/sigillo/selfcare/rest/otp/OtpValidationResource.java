package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.otp.api.Purpose;
import io.sigillo.otp.api.ValidationRequest;
import io.sigillo.selfcare.limits.RateLimits;
import io.sigillo.selfcare.rest.otp.OtpJson.ValidateRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.ValidationView;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checks a code for a purpose. Every outcome is a 200 answer with its status, so a refusal's
 * failure count and audit event are kept; only unreadable input (a missing purpose, a code that is
 * not all digits of the device's length) is a catalogued 400.
 *
 * <p>Application-scoped, the hottest call of the API: a request-scoped resource resolved a new EJB
 * reference for the registry on every request. Request state comes through CDI's proxy of the
 * {@link RequestContext}.
 */
@Path("otp/validate")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OTP devices")
@SecurityRequirement(name = OtpDevicesResource.BEARER)
public class OtpValidationResource {

  @Inject private OtpRegistry registry;
  @Inject private OtpCaller caller;
  @Inject private RequestContext context;
  @Inject private RateLimits limits;

  @POST
  @Operation(
      summary = "Validate a code for LOGIN or SIGN",
      description =
          "ACCEPTED at most once per code, across concurrent requests and nodes; REJECTED"
              + " (NO_MATCH, REPLAYED, DELAYED) with the attempts left; CLOCK_DRIFT with the"
              + " device's clock offset, never accepted; LOCKED; NOT_ACTIVE.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ValidationView.class)))
  @APIResponse(responseCode = "400", description = "Malformed input (SIG-006, OTP-002)")
  @APIResponse(responseCode = "404", description = "No such device for this caller (OTP-008)")
  @APIResponse(responseCode = "409", description = "The person has no active device (OTP-007)")
  @APIResponse(
      responseCode = "429",
      description = "Too many checks for this device, see Retry-After (SIG-041)")
  public ValidationView validate(ValidateRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    Purpose purpose = purpose(body.purpose());
    if (body.code() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "code", "required");
    }
    String owner =
        caller.operator() && body.owner() == null && body.deviceId() != null
            ? null
            : caller.owner(body.owner());
    limits.requireCodeCheck(
        context.tenant(), body.deviceId() != null ? "device:" + body.deviceId() : "owner:" + owner);
    ValidationRequest validation =
        new ValidationRequest(body.deviceId(), owner, purpose, body.code());
    return ValidationView.of(
        registry.validate(context.tenant(), validation, context.actor()), context.locale());
  }

  static Purpose purpose(String value) {
    if (value == null) {
      throw new SigilloException(PlatformError.VALIDATION, "purpose", "LOGIN | SIGN");
    }
    try {
      return Purpose.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SigilloException(PlatformError.VALIDATION, "purpose", "LOGIN | SIGN");
    }
  }
}
