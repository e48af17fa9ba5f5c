package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.rest.signature.SignatureJson.CertificateView;
import io.sigillo.selfcare.rest.signature.SignatureJson.RenewRequest;
import io.sigillo.selfcare.rest.signature.SignatureJson.RenewalView;
import io.sigillo.selfcare.rest.signature.SignatureJson.SignRequest;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.RemoteSigning;
import io.sigillo.signature.api.Renewals;
import io.sigillo.signature.api.SignatureError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing the caller's PDF and renewing the caller's certificate by the signed renewal form. Signed
 * documents and forms are never cached by the browser or a proxy.
 */
@Path("signature")
@RequestScoped
@Tag(name = "Remote signature")
public class SigningResource {

  static final String PDF = "application/pdf";

  @Inject private RemoteSigning signing;
  @Inject private Renewals renewals;
  @Inject private RequestContext caller;

  @POST
  @Path("sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({PDF, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Sign a PDF (PAdES-B) after password and OTP",
      description =
          "The password and an OTP of purpose SIGN authorise exactly this document's SHA-256,"
              + " once; the answer is the signed PDF")
  public Response sign(SignRequest body) {
    if (body == null || body.pdfBase64() == null) {
      throw new SigilloException(PlatformError.VALIDATION, "pdfBase64", "required");
    }
    byte[] pdf;
    try {
      pdf = Base64.getMimeDecoder().decode(body.pdfBase64());
    } catch (IllegalArgumentException e) {
      throw new SigilloException(SignatureError.DOCUMENT_NOT_PDF);
    }
    byte[] signed =
        signing.signPdf(
            caller.tenant(),
            caller.person(),
            pdf,
            SignatureJson.secret(body.password()),
            body.otp(),
            caller.actor());
    return pdf(signed, "signed.pdf");
  }

  @GET
  @Path("renewal")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Whether the certificate can be renewed now, and from when")
  public RenewalView renewal() {
    return RenewalView.of(renewals.status(caller.tenant(), caller.person()));
  }

  @GET
  @Path("renewal/form")
  @Produces(PDF)
  @Operation(summary = "The renewal request form to read before signing it")
  public Response form() {
    return pdf(
        renewals.form(caller.tenant(), caller.person(), caller.tenantName(), caller.locale()),
        "renewal-request.pdf");
  }

  @POST
  @Path("renewal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Renew: sign the renewal form with the current certificate, get a new one",
      description =
          "Refusals: SIGN-040 token out of sync (unlock and resync), SIGN-022 holder data"
              + " inconsistent (findings per field; PUT signature/holder/data), SIGN-032/SIGN-033"
              + " contact used by another holder (signature/contacts), SIGN-050 not yet")
  public CertificateView renew(RenewRequest body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return CertificateView.of(
        renewals.renew(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(body.password()),
            body.otp(),
            caller.tenantName(),
            caller.locale(),
            caller.actor()));
  }

  @GET
  @Path("renewal/signed-form")
  @Produces(PDF)
  @Operation(summary = "The renewal form as signed at the latest renewal")
  public Response signedForm() {
    return pdf(
        renewals
            .signedForm(caller.tenant(), caller.person())
            .orElseThrow(() -> new SigilloException(PlatformError.NOT_FOUND)),
        "renewal-request-signed.pdf");
  }

  private static Response pdf(byte[] content, String name) {
    return Response.ok(content, PDF)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
