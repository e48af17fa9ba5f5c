package io.sigillo.selfcare.rest.platform;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.ScanKeyRotation;
import io.sigillo.identity.api.ScanResealBatch;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rotation of the key-encryption key of the platform's sealed data, for the platform operator:
 * after a new key was made current (and the old one kept in {@code sigillo.otp.secret-keys}), one
 * call re-encrypts every tenant's OTP device secrets and then the document scans of its proofing
 * records (sealed by the identity module with the same keys through {@code otp.api.DataSealing}),
 * in batches, each its own short transaction, and answers what it did per kind. Idempotent: run it
 * again after an interruption; when {@code remaining} (every kind) is 0 the old key can leave the
 * ring.
 */
@Path("platform/otp/secret-key-rotation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@Tag(name = "Platform", description = "The platform operator's API (platform-admin)")
public class OtpKeyRotationResource {

  static final int DEFAULT_BATCH = 200;

  /** Scans are up to 5 MB each: fewer per transaction than device secrets. */
  static final int MAX_SCAN_BATCH = 20;

  @Inject private OtpKeyRotation rotation;
  @Inject private ScanKeyRotation scans;

  @Inject private Actors actors;
  @Inject private HttpServletRequest request;

  @Schema(
      description =
          "Optional: device secrets per transaction, 1..1000 (default 200); document scans go"
              + " at most 20 per transaction")
  public record RotationRequest(Integer batchSize) {}

  @Schema(
      description =
          "One kind of sealed data: re-encrypted by this call, and still under another key after"
              + " it")
  public record KindRotation(long rotated, long remaining) {}

  private static final KindRotation NONE = new KindRotation(0, 0);

  @Schema(
      description =
          "One tenant's part of a rotation: rotated and remaining count every kind, deviceSecrets"
              + " (OTP devices and tokens) and documentScans (proofing records) each one")
  public record TenantRotation(
      String tenant,
      long rotated,
      long remaining,
      KindRotation deviceSecrets,
      KindRotation documentScans) {}

  @Schema(
      description =
          "What a rotation did, and what is left: rotated and remaining count device secrets and"
              + " document scans together; remaining is 0 once every one is under the current key"
              + " and the old key may leave the ring")
  public record RotationReport(
      String keyId,
      long rotated,
      long remaining,
      KindRotation deviceSecrets,
      KindRotation documentScans,
      List<TenantRotation> tenants) {}

  @POST
  @Operation(
      summary = "Re-encrypt every device secret and document scan under the current key",
      description =
          "Tenant by tenant, the OTP device secrets in batches of batchSize per transaction, then"
              + " the document scans of identity-proofing records in batches of at most 20;"
              + " audited per batch in each tenant and once for the run. Repeatable: values"
              + " already under the current key are left alone.")
  @APIResponse(responseCode = "400", description = "batchSize out of range (SIG-006)")
  @APIResponse(responseCode = "403", description = "The caller is not platform-admin")
  public RotationReport rotate(RotationRequest body) {
    int batch = body == null || body.batchSize() == null ? DEFAULT_BATCH : body.batchSize();
    if (batch < 1 || batch > 1_000) {
      throw new SigilloException(PlatformError.VALIDATION, "batchSize", "1..1000");
    }
    Actor actor = actors.actor();
    List<TenantId> withSecrets = rotation.tenantsToRotate();
    List<TenantId> withScans = scans.tenantsToReseal();
    List<TenantRotation> tenants = new ArrayList<>();
    KindRotation devices = NONE;
    KindRotation documents = NONE;
    for (TenantId tenant : union(withSecrets, withScans)) {
      KindRotation secrets =
          withSecrets.contains(tenant) ? rotateSecrets(tenant, batch, actor) : NONE;
      KindRotation scanned =
          withScans.contains(tenant)
              ? resealScans(tenant, Math.min(batch, MAX_SCAN_BATCH), actor)
              : NONE;
      KindRotation both = sum(secrets, scanned);
      tenants.add(
          new TenantRotation(tenant.value(), both.rotated(), both.remaining(), secrets, scanned));
      devices = sum(devices, secrets);
      documents = sum(documents, scanned);
    }
    KindRotation all = sum(devices, documents);
    String keyId = rotation.currentKeyId();
    rotation.recordRun(
        devices.rotated()
            + " device secrets and "
            + documents.rotated()
            + " document scans of "
            + tenants.size()
            + " tenants re-encrypted under "
            + keyId
            + ", "
            + all.remaining()
            + " left",
        actor);
    return new RotationReport(keyId, all.rotated(), all.remaining(), devices, documents, tenants);
  }

  private KindRotation rotateSecrets(TenantId tenant, int batch, Actor actor) {
    KeyRotationBatch last;
    long done = 0;
    do {
      last = rotation.rotate(tenant, batch, actor);
      done += last.rotated();
    } while (last.rotated() > 0 && last.remaining() > 0);
    return new KindRotation(done, last.remaining());
  }

  private KindRotation resealScans(TenantId tenant, int batch, Actor actor) {
    ScanResealBatch last;
    long done = 0;
    do {
      last = scans.reseal(tenant, batch, actor);
      done += last.resealed();
    } while (last.resealed() > 0 && last.remaining() > 0);
    return new KindRotation(done, last.remaining());
  }

  private static KindRotation sum(KindRotation one, KindRotation other) {
    return new KindRotation(one.rotated() + other.rotated(), one.remaining() + other.remaining());
  }

  private static List<TenantId> union(List<TenantId> one, List<TenantId> other) {
    return Stream.concat(one.stream(), other.stream())
        .distinct()
        .sorted(Comparator.comparing(TenantId::value))
        .toList();
  }
}
