package io.sigillo.selfcare.rest.identity;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.otp.api.OtpError;
import io.sigillo.selfcare.error.Failures;
import io.sigillo.selfcare.limits.RateLimits;
import io.sigillo.selfcare.rest.identity.LevelTwoJson.AppCode;
import io.sigillo.selfcare.rest.identity.LevelTwoJson.Methods;
import io.sigillo.selfcare.rest.identity.LevelTwoJson.Outcome;
import io.sigillo.selfcare.rest.identity.LevelTwoJson.SmsCode;
import io.sigillo.selfcare.rest.identity.LevelTwoJson.SmsSent;
import io.sigillo.selfcare.rest.identity.LevelTwoJson.TooSoon;
import io.sigillo.selfcare.security.SecondFactorGate;
import io.sigillo.selfcare.web.Languages;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.tenancy.api.TenancyError;
import io.sigillo.tenancy.api.TenantView;
import io.sigillo.tenancy.api.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What Keycloak's level-2 step asks Sigillo during a person's sign-in: their methods, an app code,
 * an SMS code. Maps paths and JSON to the identity module's login check and nothing more: the
 * module decides that this caller may act for any person of the tenant, and only here; the OTP
 * registry decides replay, lockout, drift and SMS limits. Code outcomes are 200 answers (their
 * failure counts and audit events commit); a send or check refused for now is a 429 that says how
 * long to wait when that is known.
 */
@Path("level-two/{tenant}/persons/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Level 2", description = "Keycloak's level-2 step: a person's methods and codes")
@SecurityScheme(
    securitySchemeName = LevelTwoResource.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "A client-credentials token of the platform realm's client sigillo-level-two")
@SecurityRequirement(name = LevelTwoResource.BEARER)
@APIResponse(responseCode = "400", description = "Malformed body (SIG-006, OTP-002)")
@APIResponse(responseCode = "401", description = "No valid bearer token (SIG-010, SIG-062)")
@APIResponse(responseCode = "403", description = "Not Keycloak's level-2 step")
@APIResponse(responseCode = "404", description = "No such active tenant (TEN-005)")
public class LevelTwoResource {

  static final String BEARER = "level-two-bearer";

  /** Refusals whose first argument is the wait in seconds. */
  private static final Set<Object> WAIT_IN_SECONDS =
      Set.of(OtpError.SMS_RESEND_TOO_SOON, PlatformError.TOO_MANY_REQUESTS);

  /**
   * The tenant's page for a person who cannot pass the step: the recovery ("I can't generate a
   * code"), which leads to credential management where an app is associated.
   */
  private static final String SELF_CARE = SecondFactorGate.RECOVERY_PAGE;

  @Inject private IdentityCredentials credentials;
  @Inject private Tenants tenants;
  @Inject private RequestContext context;
  @Inject private RateLimits limits;
  @Inject private Clock clock;
  @Context private HttpServletRequest request;

  @GET
  @Path("methods")
  @Operation(summary = "The person's level-2 methods and their self-care page")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = Methods.class)))
  public Methods methods(
      @PathParam("tenant") String tenantId, @PathParam("username") String username) {
    TenantView tenant = tenant(tenantId);
    return Methods.of(
        credentials.levelTwoMethods(tenant.id(), username, context.actor()),
        tenant.hosts().isEmpty()
            ? null
            : PortalUrls.onHost(request, tenant.hosts().get(0), SELF_CARE));
  }

  @POST
  @Path("app-code")
  @Operation(summary = "Check a code of the person's OTP app for a sign-in")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = Outcome.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many checks for this person (SIG-041)",
      content = @Content(schema = @Schema(implementation = TooSoon.class)))
  public Response appCode(
      @PathParam("tenant") String tenantId, @PathParam("username") String username, AppCode body) {
    TenantView tenant = tenant(tenantId);
    String code = required(body == null ? null : body.code(), "code");
    return answer(
        () -> {
          limits.requireCodeCheck(tenant.id(), "owner:" + person(username));
          return Outcome.of(
              credentials.checkAppCode(
                  tenant.id(), username, code, locale(), tenant.displayName(), context.actor()));
        });
  }

  @POST
  @Path("sms")
  @Operation(summary = "Send a login code by SMS to the person's verified mobile")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SmsSent.class)))
  @APIResponse(
      responseCode = "429",
      description = "Asked again too soon (OTP-051) or too many codes this hour (OTP-052)",
      content = @Content(schema = @Schema(implementation = TooSoon.class)))
  public Response sms(
      @PathParam("tenant") String tenantId, @PathParam("username") String username) {
    TenantView tenant = tenant(tenantId);
    return answer(
        () -> {
          CodeSent sent =
              credentials.sendLoginSms(
                  tenant.id(), username, locale(), tenant.displayName(), context.actor());
          return SmsSent.of(sent, clock.instant());
        });
  }

  @POST
  @Path("sms-code")
  @Operation(summary = "Check the SMS code the person received")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = Outcome.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many checks for this person (SIG-041)",
      content = @Content(schema = @Schema(implementation = TooSoon.class)))
  public Response smsCode(
      @PathParam("tenant") String tenantId, @PathParam("username") String username, SmsCode body) {
    TenantView tenant = tenant(tenantId);
    String challengeId = required(body == null ? null : body.challengeId(), "challengeId");
    String code = required(body.code(), "code");
    return answer(
        () -> {
          limits.requireCodeCheck(tenant.id(), "owner:" + person(username));
          return Outcome.of(
              credentials.checkLoginSms(
                  tenant.id(),
                  username,
                  challengeId,
                  code,
                  locale(),
                  tenant.displayName(),
                  context.actor()));
        });
  }

  /** The active tenant the path names; anything else is the same catalogued 404. */
  private TenantView tenant(String id) {
    String shown = id == null ? "" : id.substring(0, Math.min(id.length(), 40));
    if (!TenantId.isValid(id)) {
      throw new SigilloException(TenancyError.TENANT_UNKNOWN, shown);
    }
    return tenants
        .find(TenantId.of(id))
        .filter(TenantView::active)
        .orElseThrow(() -> new SigilloException(TenancyError.TENANT_UNKNOWN, shown));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new SigilloException(PlatformError.VALIDATION, field, "required");
    }
    return value;
  }

  private static String person(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The SMS text's language: the person's, as Keycloak passes it in {@code Accept-Language}. */
  private Locale locale() {
    return Languages.of(request);
  }

  /**
   * The call's answer, or for a refusal that only means "not now" (HTTP 429) the catalogued error
   * with the wait in seconds, in the body and in {@code Retry-After}, when it is known. Every other
   * failure goes to the catalogued error mapper as everywhere in the API.
   */
  private Response answer(Supplier<Object> call) {
    try {
      return Response.ok(call.get()).build();
    } catch (SigilloException e) {
      if (e.code().httpStatus() != 429) {
        throw e;
      }
      String correlationId = RequestCorrelation.of(request);
      Failures.Resolved resolved = Failures.resolve(e, correlationId);
      Long wait = wait(e);
      return Response.status(429)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .header(RequestCorrelation.HEADER, correlationId)
          .header("Retry-After", wait)
          .entity(
              TooSoon.of(
                  ErrorCatalogue.describe(resolved.code(), locale(), resolved.arguments()),
                  correlationId,
                  wait))
          .build();
    }
  }

  private static Long wait(SigilloException e) {
    // the hourly limit says minutes to people; its second argument is the wait in seconds
    int at = e.code() == OtpError.SMS_SEND_LIMIT ? 1 : 0;
    if ((at == 0 && !WAIT_IN_SECONDS.contains(e.code())) || e.arguments().size() <= at) {
      return null;
    }
    try {
      return Long.parseLong(e.arguments().get(at));
    } catch (NumberFormatException notSeconds) {
      return null;
    }
  }
}
