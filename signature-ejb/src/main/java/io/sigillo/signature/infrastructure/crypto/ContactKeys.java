package io.sigillo.signature.infrastructure.crypto;

import io.sigillo.core.secrets.DevelopmentSecrets;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.ContactKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hashes of the holder side, under the platform key {@code sigillo.signature.contact-key} (32
 * random bytes, Base64): fingerprints of normalised contacts for the platform-wide uniqueness
 * table, and the stored form of e-mail verification codes. Each use has its own key derived from
 * the platform key with a label, so a value of one use is worthless in the other.
 *
 * <p>The fingerprint key cannot be rotated by configuration alone: every claim would have to be
 * recomputed from the holders' contacts, which a migration can do tenant by tenant.
 */
@ApplicationScoped
public class ContactKeys {

  static final String DEVELOPMENT_KEY = DevelopmentSecrets.SIGNATURE_CONTACT_KEY;
  private static final String ALGORITHM = "HmacSHA256";

  @Inject
  @ConfigProperty(name = "sigillo.signature.contact-key", defaultValue = DEVELOPMENT_KEY)
  String platformKey;

  private SecretKeySpec fingerprints;
  private SecretKeySpec emailCodes;

  @PostConstruct
  void derive() {
    byte[] key = Base64.getDecoder().decode(platformKey.strip());
    if (key.length < 32) {
      throw new IllegalStateException("sigillo.signature.contact-key must be 32 bytes or more");
    }
    SecretKeySpec root = new SecretKeySpec(key, ALGORITHM);
    fingerprints = new SecretKeySpec(mac(root, "sigillo/signature/contact/v1"), ALGORITHM);
    emailCodes = new SecretKeySpec(mac(root, "sigillo/signature/email-code/v1"), ALGORITHM);
  }

  /** The fingerprint of a contact in its normal form. */
  public String fingerprint(ContactKind kind, String normalised) {
    return HexFormat.of().formatHex(mac(fingerprints, kind.name() + '\u0000' + normalised));
  }

  /** The stored form of an e-mail code, bound to the tenant and the change it was sent for. */
  public String emailCode(TenantId tenant, String changeReference, String code) {
    return HexFormat.of()
        .formatHex(mac(emailCodes, tenant.value() + '\u0000' + changeReference + '\u0000' + code));
  }

  /** Whether a typed code is the stored one, in time independent of where they differ. */
  public boolean emailCodeMatches(
      TenantId tenant, String changeReference, String typed, String stored) {
    return MessageDigest.isEqual(
        emailCode(tenant, changeReference, typed).getBytes(StandardCharsets.US_ASCII),
        stored.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] mac(SecretKeySpec key, String input) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
