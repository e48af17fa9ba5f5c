package io.sigillo.selfcare.rest.platform;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.KeyRotationBatch;
import io.sigillo.otp.api.OtpKeyRotation;
import io.sigillo.selfcare.security.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rotation of the key-encryption key of OTP device secrets, for the platform operator: after a new
 * key was made current (and the old one kept in {@code sigillo.otp.secret-keys}), one call
 * re-encrypts every tenant's secrets in batches, each its own short transaction, and answers what
 * it did. Idempotent: run it again after an interruption; when {@code remaining} is 0 everywhere
 * the old key can leave the ring.
 */
@Path("platform/otp/secret-key-rotation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@Tag(name = "Platform", description = "The platform operator's API (platform-admin)")
public class OtpKeyRotationResource {

  static final int DEFAULT_BATCH = 200;

  @Inject private OtpKeyRotation rotation;

  @Inject private Actors actors;
  @Inject private HttpServletRequest request;

  @Schema(description = "Optional: secrets per transaction, 1..1000 (default 200)")
  public record RotationRequest(Integer batchSize) {}

  @Schema(description = "One tenant's part of a rotation")
  public record TenantRotation(String tenant, long rotated, long remaining) {}

  @Schema(description = "What a rotation did, and what is left (0 once every secret is rotated)")
  public record RotationReport(
      String keyId, long rotated, long remaining, List<TenantRotation> tenants) {}

  @POST
  @Operation(
      summary = "Re-encrypt every device secret under the current key",
      description =
          "Batches of batchSize secrets per transaction, tenant by tenant; audited per batch in"
              + " each tenant and once for the run. Repeatable: secrets already under the current"
              + " key are left alone.")
  @APIResponse(responseCode = "400", description = "batchSize out of range (SIG-006)")
  @APIResponse(responseCode = "403", description = "The caller is not platform-admin")
  public RotationReport rotate(RotationRequest body) {
    int batch = body == null || body.batchSize() == null ? DEFAULT_BATCH : body.batchSize();
    if (batch < 1 || batch > 1_000) {
      throw new SigilloException(PlatformError.VALIDATION, "batchSize", "1..1000");
    }
    Actor actor = actors.actor();
    List<TenantRotation> tenants = new ArrayList<>();
    long rotated = 0;
    long remaining = 0;
    for (TenantId tenant : rotation.tenantsToRotate()) {
      KeyRotationBatch last;
      long done = 0;
      do {
        last = rotation.rotate(tenant, batch, actor);
        done += last.rotated();
      } while (last.rotated() > 0 && last.remaining() > 0);
      tenants.add(new TenantRotation(tenant.value(), done, last.remaining()));
      rotated += done;
      remaining += last.remaining();
    }
    String keyId = rotation.currentKeyId();
    rotation.recordRun(
        rotated
            + " secrets of "
            + tenants.size()
            + " tenants re-encrypted under "
            + keyId
            + ", "
            + remaining
            + " left",
        actor);
    return new RotationReport(keyId, rotated, remaining, tenants);
  }
}
