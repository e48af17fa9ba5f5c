package io.sigillo.identity.infrastructure.crypto;

import io.sigillo.core.secrets.DevelopmentSecrets;
import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Six-digit e-mail codes and their HMAC-SHA256 under a server key, bound to tenant and code id: a
 * copy of the table does not reveal the codes (a plain hash of six digits would, in a millisecond),
 * and a hash copied to another row or tenant does not match there.
 */
@ApplicationScoped
public class EmailCodeHasher {

  private static final SecureRandom RANDOM = new SecureRandom();
  static final String DEVELOPMENT_KEY = DevelopmentSecrets.IDENTITY_CODE_KEY;

  @Inject
  @ConfigProperty(name = "sigillo.identity.code-key", defaultValue = DEVELOPMENT_KEY)
  String configuredKey;

  private SecretKeySpec key;

  @PostConstruct
  void init() {
    byte[] bytes = Base64.getDecoder().decode(configuredKey.strip());
    if (bytes.length < 32) {
      throw new IllegalStateException("sigillo.identity.code-key must hold at least 32 bytes");
    }
    key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** A random code of six digits, leading zeros included. */
  public String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  public String hash(TenantId tenant, String codeId, String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update((tenant.value() + "\n" + codeId + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
