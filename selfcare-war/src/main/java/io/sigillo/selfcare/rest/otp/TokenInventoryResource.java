package io.sigillo.selfcare.rest.otp;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.otp.api.OtpError;
import io.sigillo.otp.api.TokenClaim;
import io.sigillo.otp.api.TokenFile;
import io.sigillo.otp.api.TokenFileFormat;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.TokenState;
import io.sigillo.selfcare.rest.otp.OtpJson.ReasonRequest;
import io.sigillo.selfcare.rest.otp.TokenJson.AssignRequest;
import io.sigillo.selfcare.rest.otp.TokenJson.ClaimRequest;
import io.sigillo.selfcare.rest.otp.TokenJson.ClaimView;
import io.sigillo.selfcare.rest.otp.TokenJson.ImportReportView;
import io.sigillo.selfcare.rest.otp.TokenJson.TokenView;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's hardware-token inventory: import of vendors' seed files (operators), the inventory
 * (operators), assignment and retirement (operators), and the holder's claim of a token.
 *
 * <p>An import's body is the file itself; its content type says which format: {@code
 * application/pskc+xml} (RFC 6030), {@code application/xml} or {@code text/xml} for PSKC, {@code
 * text/csv} for CSV. {@code dryRun} defaults to {@code true}: committing takes {@code
 * dryRun=false}. The transport key of an encrypted PSKC file travels in the {@value #KEY_HEADER}
 * header (the pre-shared AES key in hex, or the password of a PBKDF2-protected file, ASCII): a
 * header rather than a multipart field so the file stays the body as the vendor sent it, and
 * because neither the application nor Payara's default configuration logs request headers. It is
 * never logged, echoed or stored.
 */
@Path("otp/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OTP tokens", description = "The hardware-token inventory: import, stock, claim")
@SecurityRequirement(name = OtpDevicesResource.BEARER)
@APIResponse(responseCode = "400", description = "Malformed input (catalogued error body)")
@APIResponse(responseCode = "401", description = "No valid session or bearer token")
@APIResponse(responseCode = "403", description = "Role missing")
public class TokenInventoryResource {

  static final String KEY_HEADER = "Sigillo-Pskc-Key";
  static final String PSKC = "application/pskc+xml";
  static final String CSV = "text/csv";

  @Inject private TokenInventory inventory;
  @Inject private OtpCaller caller;
  @Inject private RequestContext context;

  @POST
  @Path("import")
  @Consumes({PSKC, MediaType.APPLICATION_XML, MediaType.TEXT_XML, CSV})
  @Operation(
      summary = "Import a vendor's seed file (operators); a dry run unless dryRun=false",
      description =
          "The body is the PSKC or CSV file; the content type says which. An encrypted PSKC"
              + " file needs its pre-shared key (hex) or password in the Sigillo-Pskc-Key header."
              + " A wrong key, password or MAC refuses the whole file (OTP-032).")
  @APIResponse(responseCode = "200", description = "The report of the dry run or the commit")
  @APIResponse(responseCode = "413", description = "File too large (OTP-034)")
  @APIResponse(
      responseCode = "422",
      description = "Integrity check failed or protection unsupported")
  public ImportReportView importFile(
      InputStream body,
      @HeaderParam("Content-Type") String contentType,
      @Parameter(description = "Pre-shared AES key in hex, or the file's password")
          @HeaderParam(KEY_HEADER)
          String transportKey,
      @QueryParam("dryRun") @DefaultValue("true") String dryRun) {
    caller.requireOperator();
    boolean commit =
        switch (dryRun.strip().toLowerCase(Locale.ROOT)) {
          case "true" -> false;
          case "false" -> true;
          default ->
              throw new SigilloException(PlatformError.VALIDATION, "dryRun", "true or false");
        };
    TokenFile file =
        new TokenFile(
            format(contentType),
            read(body),
            Optional.ofNullable(transportKey).filter(k -> !k.isBlank()));
    return ImportReportView.of(
        inventory.importTokens(context.tenant(), file, commit, context.actor()));
  }

  @GET
  @Operation(summary = "The tenant's tokens in serial order, of one state or all (operators)")
  public List<TokenView> list(
      @QueryParam("state") String state, @QueryParam("limit") @DefaultValue("200") int limit) {
    caller.requireOperator();
    return inventory.tokens(context.tenant(), state(state), limit).stream()
        .map(TokenView::of)
        .toList();
  }

  @GET
  @Path("{serial}")
  @Operation(summary = "One token of the inventory (operators)")
  @APIResponse(responseCode = "404", description = "No such token (OTP-008)")
  public TokenView get(@PathParam("serial") String serial) {
    caller.requireOperator();
    return inventory
        .find(context.tenant(), serial)
        .map(TokenView::of)
        .orElseThrow(() -> new SigilloException(OtpError.DEVICE_NOT_FOUND));
  }

  @POST
  @Path("claim")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A holder claims a token from stock by its serial and two consecutive codes",
      description =
          "CLAIMED makes the token the holder's, ACTIVE. Every refusal is the same answer"
              + " (REFUSED), whether the serial exists or not, and counts as a failed claim.")
  public ClaimView claim(ClaimRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    String owner = caller.owner(body.owner());
    return ClaimView.of(
        inventory.claim(
            context.tenant(), new TokenClaim(owner, body.serial(), body.codes()), context.actor()),
        context.locale());
  }

  @POST
  @Path("{serial}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give a token in stock to a holder: ASSIGNED until its first code")
  @APIResponse(responseCode = "409", description = "Not in stock (OTP-035)")
  @APIResponse(
      responseCode = "422",
      description = "The owner is no person of the tenant with an identity in force (OTP-081)")
  public TokenView assign(@PathParam("serial") String serial, AssignRequest body) {
    caller.requireOperator();
    return TokenView.of(
        inventory.assign(
            context.tenant(), serial, body == null ? null : body.owner(), context.actor()));
  }

  @POST
  @Path("{serial}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take a token in stock or assigned out of service for good; audited")
  @APIResponse(responseCode = "409", description = "Neither in stock nor assigned (OTP-035)")
  public TokenView retire(@PathParam("serial") String serial, ReasonRequest body) {
    caller.requireOperator();
    return TokenView.of(
        inventory.retire(
            context.tenant(), serial, body == null ? null : body.reason(), context.actor()));
  }

  private static TokenFileFormat format(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case CSV -> TokenFileFormat.CSV;
      case PSKC, MediaType.APPLICATION_XML, MediaType.TEXT_XML -> TokenFileFormat.PSKC;
      default ->
          throw new SigilloException(PlatformError.VALIDATION, "Content-Type", PSKC + ", " + CSV);
    };
  }

  /** Reads at most one byte past the limit, so an oversized body is refused without being kept. */
  private static byte[] read(InputStream body) {
    int limit = TokenFile.MAX_BYTES;
    try (InputStream in = body) {
      byte[] content = in.readNBytes(limit + 1);
      if (content.length > limit) {
        throw new SigilloException(OtpError.TOKEN_FILE_TOO_LARGE, "16 MiB");
      }
      return content;
    } catch (IOException e) {
      throw new SigilloException(PlatformError.VALIDATION, "body", "unreadable");
    }
  }

  private static Optional<TokenState> state(String state) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    return Arrays.stream(TokenState.values())
        .filter(s -> s.name().equalsIgnoreCase(state.strip()))
        .findFirst()
        .map(Optional::of)
        .orElseThrow(
            () ->
                new SigilloException(
                    PlatformError.VALIDATION,
                    "state",
                    "AVAILABLE, ASSIGNED, ACTIVE, LOCKED, LOST or RETIRED"));
  }
}
