package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.rest.json.ResyncView;
import io.sigillo.selfcare.rest.signature.SignatureJson.DeviceProof;
import io.sigillo.selfcare.rest.signature.SignatureJson.DeviceView;
import io.sigillo.selfcare.rest.signature.SignatureJson.NewAppConfirmation;
import io.sigillo.selfcare.rest.signature.SignatureJson.Replacement;
import io.sigillo.selfcare.rest.signature.SignatureJson.ReplacementView;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.DeviceReplacementStarted;
import io.sigillo.signature.api.DeviceReplacements;
import io.sigillo.signature.api.SignatureDevice;
import io.sigillo.signature.api.SignatureError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's signature device: its state, unlock after failures and resynchronisation, each after
 * the remote-signature password. Outcomes are answers (200 with status and advice), so a refused
 * attempt is still recorded.
 */
@Path("signature/device")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Remote signature")
public class SignatureDeviceResource {

  @Inject private SignatureDevice device;
  @Inject private DeviceReplacements replacements;
  @Inject private RequestContext caller;

  @GET
  @Operation(summary = "The signature device, without its secret (SIGN-042 if none)")
  public DeviceView get() {
    return device
        .device(caller.tenant(), caller.person())
        .map(DeviceView::of)
        .orElseThrow(() -> new SigilloException(SignatureError.SIGN_DEVICE_MISSING));
  }

  @POST
  @Path("unlock")
  @Operation(summary = "Unlock a locked signature device with two (or three) consecutive codes")
  public ResyncView unlock(DeviceProof body) {
    return ResyncView.ofSignatureDevice(
        device.unlock(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(proof(body).password()),
            codes(body),
            caller.actor()),
        caller.locale());
  }

  @POST
  @Path("resync")
  @Operation(summary = "Resynchronise the signature device with two (or three) consecutive codes")
  public ResyncView resync(DeviceProof body) {
    return ResyncView.ofSignatureDevice(
        device.resynchronise(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(proof(body).password()),
            codes(body),
            caller.actor()),
        caller.locale());
  }

  @POST
  @Path("app")
  @Operation(
      summary = "Make the re-associated SPID app the signature device",
      description =
          "After a re-association of the app (OTP-070 on signing): the remote-signature password"
              + " and a code of the new app; OTP-072 when no re-association waits for it")
  public DeviceView confirmNewApp(NewAppConfirmation body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return DeviceView.of(
        device.confirmNewApp(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(body.password()),
            body.code(),
            caller.actor()));
  }

  @POST
  @Path("replacement")
  @Operation(
      summary = "Start replacing the signature device",
      description = "The remote-signature password; a code goes by SMS to the verified mobile")
  public ReplacementView startReplacement(NewAppConfirmation body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    DeviceReplacementStarted started =
        replacements.start(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(body.password()),
            caller.locale(),
            caller.tenantName(),
            caller.actor());
    return new ReplacementView(started.challengeId(), started.maskedDestination());
  }

  @POST
  @Path("replacement/app")
  @Operation(summary = "Replace the signature device with one of the caller's OTP apps")
  public DeviceView replaceWithApp(Replacement body) {
    if (body == null || body.appId() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "appId", "required");
    }
    return DeviceView.of(
        replacements.toApp(
            caller.tenant(),
            caller.person(),
            body.challengeId(),
            body.smsCode(),
            body.appId(),
            body.code(),
            caller.actor()));
  }

  @POST
  @Path("replacement/token")
  @Operation(summary = "Replace the signature device with a token from the tenant's stock")
  public DeviceView replaceWithToken(Replacement body) {
    if (body == null || body.codes() == null || body.codes().size() != 2) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "2 codes");
    }
    return DeviceView.of(
        replacements.toToken(
            caller.tenant(),
            caller.person(),
            body.challengeId(),
            body.smsCode(),
            body.serial(),
            body.codes(),
            caller.actor()));
  }

  private static DeviceProof proof(DeviceProof body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return body;
  }

  private static List<String> codes(DeviceProof body) {
    if (body.codes() == null || body.codes().size() < 2 || body.codes().size() > 3) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "2 or 3 codes");
    }
    return body.codes();
  }
}
