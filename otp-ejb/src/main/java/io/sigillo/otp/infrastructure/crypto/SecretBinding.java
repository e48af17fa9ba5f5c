package io.sigillo.otp.infrastructure.crypto;

import io.sigillo.core.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The row an encrypted secret belongs to. It is authenticated with the ciphertext (GCM associated
 * data), so a secret copied to another device's row, or to another tenant's, does not decrypt.
 */
public record SecretBinding(TenantId tenant, long deviceId, String kind) {

  /** The kind of the registry's own device secrets. */
  public static final String OTP_SECRET = "otp-secret";

  public SecretBinding {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    if (!kind.matches("[a-z][a-z-]{0,39}")) {
      throw new IllegalArgumentException("kind: lowercase letters and '-'");
    }
  }

  /** A device secret's binding. */
  public SecretBinding(TenantId tenant, long deviceId) {
    this(tenant, deviceId, OTP_SECRET);
  }

  /**
   * Tenant slugs and kinds cannot contain a space, so this encoding is unambiguous; a device
   * secret's is the same as before kinds existed.
   */
  byte[] encoded() {
    return ("sigillo " + kind + " " + tenant.value() + " " + deviceId)
        .getBytes(StandardCharsets.US_ASCII);
  }
}
