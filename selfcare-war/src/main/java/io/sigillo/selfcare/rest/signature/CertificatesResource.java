package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.rest.signature.CertificateJson.CertificateStateView;
import io.sigillo.selfcare.rest.signature.CertificateJson.CertificatesView;
import io.sigillo.selfcare.rest.signature.CertificateJson.EmergencyCodeView;
import io.sigillo.selfcare.rest.signature.CertificateJson.Proof;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.CertificateCare;
import io.sigillo.signature.api.EmergencySuspension;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own certificates: list with status and renewal state, download (PEM or DER), suspend
 * and reactivate with the remote-signature password and an OTP, and the emergency code shown once.
 * Access: {@code /api/signature/*} needs the tenant's {@code user} role (web.xml).
 */
@Path("signature/certificates")
@RequestScoped
@Tag(name = "Remote signature")
public class CertificatesResource {

  static final String PEM = "application/x-pem-file";
  static final String DER = "application/pkix-cert";

  @Inject private CertificateCare care;
  @Inject private EmergencySuspension emergency;
  @Inject private RequestContext caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's certificates, newest first, and the renewal state")
  public CertificatesView list() {
    String person = caller.person();
    return CertificatesView.of(
        care.mine(caller.tenant(), person), emergency.hasCode(caller.tenant(), person));
  }

  @GET
  @Path("{id}/pem")
  // JSON too: a refusal is a catalogued JSON body, whatever the client accepts for the file
  @Produces({PEM, MediaType.APPLICATION_JSON})
  @Operation(summary = "One of the caller's certificates, PEM")
  public Response pem(@PathParam("id") String id) {
    byte[] der = care.myCertificate(caller.tenant(), caller.person(), id(id));
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END CERTIFICATE-----\n";
    return download(pem.getBytes(StandardCharsets.US_ASCII), PEM, "certificate-" + id + ".pem");
  }

  @GET
  @Path("{id}/der")
  @Produces({DER, MediaType.APPLICATION_JSON})
  @Operation(summary = "One of the caller's certificates, DER")
  public Response der(@PathParam("id") String id) {
    return download(
        care.myCertificate(caller.tenant(), caller.person(), id(id)),
        DER,
        "certificate-" + id + ".cer");
  }

  @POST
  @Path("current/suspend")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Suspend the current certificate now (password and OTP)",
      description = "Listed on the CRL as certificateHold at once; reactivate with the same proofs")
  public CertificateStateView suspend(Proof body) {
    Proof proof = proof(body);
    return CertificateStateView.of(
        care.suspendMine(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(proof.password()),
            proof.otp(),
            caller.actor()),
        true);
  }

  @POST
  @Path("current/reactivate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reactivate the suspended current certificate (password and OTP)")
  public CertificateStateView reactivate(Proof body) {
    Proof proof = proof(body);
    return CertificateStateView.of(
        care.reactivateMine(
            caller.tenant(),
            caller.person(),
            SignatureJson.secret(proof.password()),
            proof.otp(),
            caller.actor()),
        true);
  }

  @POST
  @Path("emergency-code")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The emergency code, shown once",
      description = "A second request is 409 SIG-121")
  public Response emergencyCode() {
    return Response.ok(
            new EmergencyCodeView(
                emergency.revealCode(caller.tenant(), caller.person(), caller.actor())))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Proof proof(Proof body) {
    if (body == null) {
      throw new SigilloException(PlatformError.VALIDATION, "request", "empty");
    }
    return body;
  }

  private static long id(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new SigilloException(PlatformError.CERTIFICATE_ACTION_INVALID);
    }
  }

  private static Response download(byte[] content, String type, String name) {
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
