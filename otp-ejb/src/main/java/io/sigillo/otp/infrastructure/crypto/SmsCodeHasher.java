package io.sigillo.otp.infrastructure.crypto;

import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored form of an SMS code: HMAC-SHA256 of tenant, challenge id and code under a key of its
 * own, derived from each key of the OTP key ring ({@code sigillo.otp.secret-keys}). A six-digit
 * code has only a million values, so a plain or salted hash would fall to anyone who reads the
 * table; without the server's key the HMAC does not. Binding tenant and challenge id stops a hash
 * being moved to another row. Derived per key id, so a rotated ring still checks codes sent just
 * before the rotation.
 */
@ApplicationScoped
public class SmsCodeHasher {

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] LABEL = "sigillo/otp/sms-code/v1".getBytes(StandardCharsets.UTF_8);

  @Inject
  @ConfigProperty(name = "sigillo.otp.secret-keys.current")
  String currentKeyId;

  @Inject
  @ConfigProperty(name = "sigillo.otp.secret-keys")
  String keys;

  private String current;
  private final Map<String, SecretKey> derived = new HashMap<>();

  @PostConstruct
  void derive() {
    Keyring ring = Keyring.parse(currentKeyId.strip(), keys);
    current = ring.currentKeyId();
    for (String id : ring.keyIds()) {
      derived.put(id, new SecretKeySpec(mac(ring.find(id).orElseThrow(), LABEL), ALGORITHM));
    }
  }

  public String currentKeyId() {
    return current;
  }

  public byte[] hash(String keyId, TenantId tenant, String challengeId, String code) {
    SecretKey key =
        Optional.ofNullable(derived.get(keyId))
            .orElseThrow(() -> new IllegalStateException("no SMS code key " + keyId));
    String bound = tenant.value() + '\u0000' + challengeId + '\u0000' + code;
    return mac(key, bound.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether the typed code is the one stored, in time independent of where they differ. A key id no
   * longer in the ring matches nothing.
   */
  public boolean matches(
      String keyId, TenantId tenant, String challengeId, String code, byte[] stored) {
    if (!derived.containsKey(keyId)) {
      return false;
    }
    return MessageDigest.isEqual(hash(keyId, tenant, challengeId, code), stored);
  }

  private static byte[] mac(SecretKey key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(
          key.getAlgorithm().equals(ALGORITHM)
              ? key
              : new SecretKeySpec(key.getEncoded(), ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
