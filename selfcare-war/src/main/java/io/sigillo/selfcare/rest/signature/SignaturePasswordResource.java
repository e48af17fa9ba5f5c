package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.PasswordResetStarted;
import io.sigillo.signature.api.SignaturePasswords;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's remote-signature password: its rules on this tenant, a change with the current
 * password and an OTP of the signature device, and a reset with a code sent to the holder's mobile
 * and an OTP of the signature device.
 */
@Path("signature/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Remote signature")
public class SignaturePasswordResource {

  @Inject private SignaturePasswords passwords;
  @Inject private SignaturePolicies policies;
  @Inject private RequestContext caller;

  @Schema(description = "What a new remote-signature password must be on this tenant")
  public record PasswordRulesView(int minLength, int history) {}

  @Schema(
      description =
          "A change: the current remote-signature password, the new one and an OTP of the"
              + " signature device")
  public record PasswordChange(String currentPassword, String newPassword, String otp) {

    @Override
    public String toString() {
      return "PasswordChange[]";
    }
  }

  @Schema(description = "A reset under way: the code went by SMS to the holder's mobile")
  public record PasswordResetView(String resetId, String maskedMobile, Instant expiresAt) {}

  @Schema(
      description =
          "A reset's confirmation: the SMS code, an OTP of the signature device and the new"
              + " password")
  public record PasswordReset(String code, String otp, String newPassword) {

    @Override
    public String toString() {
      return "PasswordReset[]";
    }
  }

  @GET
  @Path("rules")
  @Operation(summary = "The rules a new remote-signature password must meet on this tenant")
  public PasswordRulesView rules() {
    SignaturePolicySettings policy = policies.current(caller.tenant());
    return new PasswordRulesView(policy.passwordMinLength(), policy.passwordHistory());
  }

  @POST
  @Operation(
      summary = "Change the remote-signature password: current password, new one and an OTP",
      description =
          "Refusals: new password weak (SIGN-036) or shorter than the tenant's minimum"
              + " (SIGN-110), current password wrong (401 SIGN-037) or locked (423 SIGN-038),"
              + " one of the last N passwords (SIGN-111), the OTP's refusals as at signing."
              + " Nothing changes on a refusal; a change is audited.")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response change(PasswordChange body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    passwords.change(
        caller.tenant(),
        caller.person(),
        SignatureJson.secret(body.currentPassword()),
        SignatureJson.secret(body.newPassword()),
        body.otp(),
        caller.actor());
    return Response.noContent().build();
  }

  @POST
  @Path("reset")
  @Operation(
      summary = "Forgotten password: a code goes by SMS to the holder's mobile",
      description = "The SMS codes' wait between two sends and hourly cap apply (429)")
  public PasswordResetView startReset() {
    PasswordResetStarted started =
        passwords.startReset(
            caller.tenant(), caller.person(), caller.locale(), caller.tenantName(), caller.actor());
    return new PasswordResetView(started.resetId(), started.maskedMobile(), started.expiresAt());
  }

  @POST
  @Path("reset/{id}/confirm")
  @Operation(
      summary = "The SMS code, an OTP of the signature device and the new password: stored",
      description =
          "Also clears a lock of the old password. Refusals: new password weak (SIGN-036), too"
              + " short (SIGN-110) or reused (SIGN-111), code wrong (SIGN-113), expired or used"
              + " (SIGN-114), too many wrong (SIGN-115), unknown reset (SIGN-112), the OTP's"
              + " refusals as at signing. The code is used once checked. Audited.")
  @APIResponse(responseCode = "204", description = "The new password is set")
  public Response reset(@PathParam("id") String id, PasswordReset body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    passwords.reset(
        caller.tenant(),
        caller.person(),
        id,
        body.code(),
        body.otp(),
        SignatureJson.secret(body.newPassword()),
        caller.actor());
    return Response.noContent().build();
  }
}
