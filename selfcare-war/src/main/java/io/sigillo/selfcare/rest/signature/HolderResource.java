package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.selfcare.rest.signature.SignatureJson.AppBinding;
import io.sigillo.selfcare.rest.signature.SignatureJson.DataCorrection;
import io.sigillo.selfcare.rest.signature.SignatureJson.DeviceView;
import io.sigillo.selfcare.rest.signature.SignatureJson.HolderView;
import io.sigillo.selfcare.rest.signature.SignatureJson.OrderRequest;
import io.sigillo.selfcare.rest.signature.SignatureJson.TokenBinding;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.HolderOrder;
import io.sigillo.signature.api.Holders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in person's remote-signature order: holder data, contacts and password, then the
 * signature device, which completes the order with the certificate. Access: {@code
 * /api/signature/*} needs the tenant's {@code user} role (web.xml); the holder is always the
 * caller.
 */
@Path("signature/holder")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Remote signature",
    description = "Holders' orders, devices, contacts, signing, renewal")
@APIResponse(responseCode = "400", description = "Malformed input (catalogued error body)")
@APIResponse(responseCode = "401", description = "No valid session or bearer token")
public class HolderResource {

  @Inject private Holders holders;
  @Inject private OtpRegistry registry;
  @Inject private RequestContext caller;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "The caller's remote-signature holder (SIGN-030 if none)")
  public HolderView get() {
    return HolderView.of(holders.get(caller.tenant(), caller.person()));
  }

  @POST
  @Operation(
      summary = "Order a remote-signature certificate",
      description =
          "Names, birth date, tax code, mobile and e-mail come from the caller's verified SPID"
              + " identity on this tenant (409 SIGN-090 without one, SIGN-094 without verified"
              + " contacts); those fields may be left out, and if sent must repeat the identity"
              + " (422 SIGN-091). Sex and place of birth are checked against the codice fiscale"
              + " (422 SIGN-022 with findings per field). Contacts another holder uses: 409"
              + " SIGN-092, the same for mobile and e-mail. Password of 10+ characters with"
              + " letters and digits (SIGN-036). A second order, even a simultaneous one: 409"
              + " SIGN-031. Then choose the signature device.")
  @APIResponse(responseCode = "201", description = "Order started: status AWAITING_DEVICE")
  public Response order(OrderRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    HolderView holder =
        HolderView.of(
            holders.order(
                caller.tenant(),
                caller.person(),
                new HolderOrder(
                    body.data().toHolderData(),
                    body.mobile(),
                    body.email(),
                    SignatureJson.secret(body.password())),
                caller.actor()));
    return Response.created(uri.getBaseUriBuilder().path("signature/holder").build())
        .entity(holder)
        .build();
  }

  @GET
  @Path("apps")
  @Operation(summary = "The caller's active OTP apps that can become the signature device")
  public List<DeviceView> apps() {
    return registry.activeApps(caller.tenant(), caller.username()).stream()
        .map(DeviceView::of)
        .toList();
  }

  @POST
  @Path("device/app")
  @Operation(
      summary = "Use an existing OTP app for signing",
      description = "A code the app shows now, checked for purpose SIGN; the certificate is issued")
  public HolderView bindApp(AppBinding body) {
    if (body == null || body.deviceId() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "deviceId", "required");
    }
    return HolderView.of(
        holders.bindApp(
            caller.tenant(), caller.person(), body.deviceId(), body.code(), caller.actor()));
  }

  @POST
  @Path("device/token")
  @Operation(
      summary = "Claim a hardware token from the tenant's stock for signing",
      description = "Serial and two consecutive codes; the certificate is issued")
  public HolderView bindToken(TokenBinding body) {
    if (body == null || body.codes() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "required");
    }
    return HolderView.of(
        holders.bindToken(
            caller.tenant(), caller.person(), body.serial(), body.codes(), caller.actor()));
  }

  @PUT
  @Path("data")
  @Operation(
      summary = "Correct the holder data",
      description =
          "After the remote-signature password; the data must agree with the verified identity"
              + " (SIGN-091) and the codice fiscale")
  public HolderView correct(DataCorrection body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return HolderView.of(
        holders.correctData(
            caller.tenant(),
            caller.person(),
            body.data().toHolderData(),
            SignatureJson.secret(body.password()),
            caller.actor()));
  }
}
