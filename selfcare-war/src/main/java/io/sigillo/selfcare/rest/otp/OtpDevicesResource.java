package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.NewSmsDevice;
import io.sigillo.otp.api.NewToken;
import io.sigillo.otp.api.NewTotpDevice;
import io.sigillo.otp.api.OtpRegistry;
import io.sigillo.selfcare.rest.json.ResyncView;
import io.sigillo.selfcare.rest.otp.OtpJson.CodeRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.CodesRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.DeviceView;
import io.sigillo.selfcare.rest.otp.OtpJson.EnrolRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.EnrolmentView;
import io.sigillo.selfcare.rest.otp.OtpJson.ReasonRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.SmsChallengeView;
import io.sigillo.selfcare.rest.otp.OtpJson.SmsCodeAsk;
import io.sigillo.selfcare.rest.otp.OtpJson.SmsDeviceRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.SmsEnrolmentView;
import io.sigillo.selfcare.rest.otp.OtpJson.TokenRequest;
import io.sigillo.selfcare.rest.otp.OtpJson.ValidationView;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's OTP devices: enrolment of an app or an SMS number and its confirmation, tokens, codes
 * by SMS, resynchronisation, unlock, revocation. Access is enforced by the {@code /api/otp/*}
 * constraint in web.xml (roles {@code user} or {@code operator}) and, per device, by {@link
 * OtpCaller}.
 */
@Path("otp/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OTP devices", description = "The OTP device registry shared by SPID and signature")
@SecurityScheme(
    securitySchemeName = OtpDevicesResource.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token of the platform realm issued to the tenant's client")
@SecurityRequirement(name = OtpDevicesResource.BEARER)
@APIResponse(responseCode = "400", description = "Malformed input (catalogued error body)")
@APIResponse(responseCode = "401", description = "No valid session or bearer token")
@APIResponse(responseCode = "403", description = "Role missing, or another person's owner")
@APIResponse(responseCode = "404", description = "No such device for this caller (OTP-008)")
public class OtpDevicesResource {

  static final String BEARER = "bearer";

  @Inject private OtpRegistry registry;
  @Inject private OtpCaller caller;
  @Inject private RequestContext context;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "The devices of a person, newest first (operators: ?owner=username)")
  public List<DeviceView> list(@QueryParam("owner") String owner) {
    return registry.devicesOf(context.tenant(), caller.owner(owner)).stream()
        .map(DeviceView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One device, without its secret")
  public DeviceView get(@PathParam("id") long id) {
    return DeviceView.of(caller.device(id));
  }

  @POST
  @Path("totp")
  @Operation(
      summary = "Enrol an authenticator app",
      description =
          "Returns the otpauth URI, a PNG QR code and the manual key once; the device stays"
              + " PENDING until its first code is confirmed.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
  public Response enrolTotp(EnrolRequest body) {
    String owner = caller.owner(body == null ? null : body.owner());
    EnrolmentView enrolment =
        EnrolmentView.of(
            registry.enrolTotp(
                context.tenant(), new NewTotpDevice(owner, context.tenantName()), context.actor()));
    return Response.created(
            uri.getBaseUriBuilder().path("otp/devices/" + enrolment.device().id()).build())
        .header("Cache-Control", "no-store")
        .entity(enrolment)
        .build();
  }

  @POST
  @Path("hotp")
  @Operation(summary = "Register a hardware token for a person (operators)")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = DeviceView.class)))
  @APIResponse(responseCode = "409", description = "Serial already registered (OTP-016)")
  public Response registerToken(TokenRequest body) {
    caller.requireOperator();
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    DeviceView device =
        DeviceView.of(
            registry.registerToken(
                context.tenant(),
                new NewToken(
                    body.owner(),
                    body.serial(),
                    body.base32Secret(),
                    body.algorithm(),
                    body.digits() == null ? 6 : body.digits(),
                    body.nextCounter() == null ? 0 : body.nextCounter()),
                context.actor()));
    return Response.created(uri.getBaseUriBuilder().path("otp/devices/" + device.id()).build())
        .entity(device)
        .build();
  }

  @POST
  @Path("sms")
  @Operation(
      summary = "Register a mobile number as an SMS device",
      description =
          "The device stays PENDING until the code sent to the number now is confirmed"
              + " (POST /otp/devices/{id}/confirm), which proves the person has the phone.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = SmsEnrolmentView.class)))
  @APIResponse(responseCode = "400", description = "Not an E.164 number (OTP-054)")
  @APIResponse(responseCode = "429", description = "Cooldown or hourly cap (OTP-051, OTP-052)")
  @APIResponse(responseCode = "502", description = "The SMS gateway refused it (OTP-053)")
  public Response enrolSms(SmsDeviceRequest body) {
    String owner = caller.owner(body == null ? null : body.owner());
    SmsEnrolmentView enrolment =
        SmsEnrolmentView.of(
            registry.enrolSms(
                context.tenant(),
                new NewSmsDevice(
                    owner,
                    body == null ? null : body.mobile(),
                    context.locale(),
                    context.tenantName()),
                context.actor()));
    return Response.created(
            uri.getBaseUriBuilder().path("otp/devices/" + enrolment.device().id()).build())
        .entity(enrolment)
        .build();
  }

  @POST
  @Path("{id}/sms-code")
  @Operation(
      summary = "Send a code by SMS to an SMS device, for LOGIN or SIGN",
      description =
          "Then present it to POST /otp/validate with the device id and the same purpose. A"
              + " pending device gets its confirmation code again.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SmsChallengeView.class)))
  @APIResponse(responseCode = "409", description = "Not an active SMS device (OTP-007)")
  @APIResponse(responseCode = "423", description = "The device is locked (OTP-006)")
  @APIResponse(responseCode = "429", description = "Cooldown or hourly cap (OTP-051, OTP-052)")
  public SmsChallengeView sendSmsCode(@PathParam("id") long id, SmsCodeAsk body) {
    caller.device(id);
    return SmsChallengeView.of(
        registry.sendSmsCode(
            context.tenant(),
            id,
            OtpValidationResource.purpose(body == null ? null : body.purpose()),
            context.locale(),
            context.tenantName(),
            context.actor()));
  }

  @POST
  @Path("{id}/confirm")
  @Operation(summary = "Confirm a pending device with its first code; ACCEPTED makes it ACTIVE")
  public ValidationView confirm(@PathParam("id") long id, CodeRequest body) {
    caller.device(id);
    return ValidationView.of(
        registry.confirm(context.tenant(), id, code(body), context.actor()), context.locale());
  }

  @POST
  @Path("{id}/resync")
  @Operation(summary = "Resynchronise with two (or three) consecutive codes")
  public ResyncView resync(@PathParam("id") long id, CodesRequest body) {
    caller.device(id);
    return ResyncView.of(
        registry.resynchronise(context.tenant(), id, codes(body), context.actor()),
        context.locale());
  }

  @POST
  @Path("{id}/self-unlock")
  @Operation(
      summary = "The holder unlocks their own device with two consecutive codes, within a quota")
  public ResyncView selfUnlock(@PathParam("id") long id, CodesRequest body) {
    caller.device(id);
    return ResyncView.of(
        registry.selfUnlock(context.tenant(), id, codes(body), context.actor()), context.locale());
  }

  @POST
  @Path("{id}/unlock")
  @Operation(summary = "An operator unlocks a device; the reason is audited")
  public DeviceView unlock(@PathParam("id") long id, ReasonRequest body) {
    caller.requireOperator();
    caller.device(id);
    return DeviceView.of(registry.unlock(context.tenant(), id, reason(body), context.actor()));
  }

  @POST
  @Path("{id}/reset-drift")
  @Operation(summary = "An operator resets the clock drift learned for an app; audited")
  public DeviceView resetDrift(@PathParam("id") long id, ReasonRequest body) {
    caller.requireOperator();
    caller.device(id);
    return DeviceView.of(registry.resetDrift(context.tenant(), id, reason(body), context.actor()));
  }

  @POST
  @Path("{id}/revoke")
  @Operation(summary = "Revoke a device (its secret is never usable again)")
  @APIResponse(responseCode = "409", description = "Already revoked or lost (OTP-007)")
  public DeviceView revoke(@PathParam("id") long id, ReasonRequest body) {
    caller.device(id);
    return DeviceView.of(registry.revoke(context.tenant(), id, reason(body), context.actor()));
  }

  @POST
  @Path("{id}/lost")
  @Operation(summary = "Report a device lost")
  @APIResponse(responseCode = "409", description = "Already revoked or lost (OTP-007)")
  public DeviceView markLost(@PathParam("id") long id, ReasonRequest body) {
    caller.device(id);
    return DeviceView.of(registry.markLost(context.tenant(), id, reason(body), context.actor()));
  }

  private static String code(CodeRequest body) {
    if (body == null || body.code() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "code", "required");
    }
    return body.code();
  }

  private static List<String> codes(CodesRequest body) {
    if (body == null || body.codes() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "codes", "required");
    }
    return body.codes();
  }

  private static String reason(ReasonRequest body) {
    return body == null ? null : body.reason();
  }
}
