package io.sigillo.otp.infrastructure.crypto;

import io.sigillo.core.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The row an encrypted secret belongs to. It is authenticated with the ciphertext (GCM associated
 * data), so a secret copied to another device's row, or to another tenant's, does not decrypt.
 */
public record SecretBinding(TenantId tenant, long deviceId) {

  public SecretBinding {
    Objects.requireNonNull(tenant, "tenant");
  }

  /** Tenant slugs cannot contain a space, so this encoding is unambiguous. */
  byte[] encoded() {
    return ("sigillo otp-secret " + tenant.value() + " " + deviceId)
        .getBytes(StandardCharsets.US_ASCII);
  }
}
