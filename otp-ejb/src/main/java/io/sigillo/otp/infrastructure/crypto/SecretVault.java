package io.sigillo.otp.infrastructure.crypto;

import io.sigillo.core.secrets.DevelopmentSecrets;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DataSealing;
import io.sigillo.otp.domain.OtpSecret;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals device secrets for their rows and opens them again, under the keyring configured by {@code
 * sigillo.otp.secret-keys.current} and {@code sigillo.otp.secret-keys} (see {@link Keyring}).
 *
 * <p>The configuration is read once, when the application starts, so a malformed or missing key
 * stops the deployment instead of the first enrolment. The development key shipped in the module's
 * {@code microprofile-config.properties} is public: outside development the start-up check ({@code
 * io.sigillo.core.secrets.SecretCheck}) refuses it.
 */
@ApplicationScoped
public class SecretVault implements DataSealing {

  /** Key ids starting with this are the public development keys of the embedded default. */
  public static final String DEVELOPMENT_KEY_PREFIX = DevelopmentSecrets.OTP_KEY_ID_PREFIX;

  private static final Logger LOG = Logger.getLogger(SecretVault.class.getName());

  @Inject
  @ConfigProperty(name = "sigillo.otp.secret-keys.current")
  private String currentKeyId;

  @Inject
  @ConfigProperty(name = "sigillo.otp.secret-keys")
  private String keys;

  private Keyring keyring;
  private SecretCipher cipher;

  @PostConstruct
  void init() {
    keyring = Keyring.parse(currentKeyId.strip(), keys);
    cipher = new SecretCipher(keyring, new SecureRandom());
    LOG.info(() -> "OTP secret " + keyring);
  }

  /** Instantiates the vault at start-up, so configuration errors fail the deployment. */
  void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    currentKeyId();
  }

  @Override
  public String currentKeyId() {
    return keyring.currentKeyId();
  }

  /** The stored form of a new device's secret, bound to its tenant and id. */
  public byte[] seal(OtpSecret secret, TenantId tenant, long deviceId) {
    byte[] plain = secret.bytes();
    try {
      return cipher.encrypt(plain, new SecretBinding(tenant, deviceId));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * The same secret under the current key (key rotation); the plaintext never leaves the cipher. A
   * value already under the current key is sealed again all the same, with a new IV.
   */
  public byte[] reseal(byte[] stored, TenantId tenant, long deviceId) {
    return cipher.reencrypt(stored, new SecretBinding(tenant, deviceId));
  }

  public OtpSecret open(byte[] stored, TenantId tenant, long deviceId) {
    byte[] plain = cipher.decrypt(stored, new SecretBinding(tenant, deviceId));
    try {
      return OtpSecret.of(plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  @Override
  public byte[] seal(TenantId tenant, String kind, long rowId, byte[] plain) {
    return cipher.encrypt(plain, new SecretBinding(tenant, rowId, foreign(kind)));
  }

  @Override
  public byte[] open(TenantId tenant, String kind, long rowId, byte[] sealed) {
    return cipher.decrypt(sealed, new SecretBinding(tenant, rowId, foreign(kind)));
  }

  @Override
  public String keyIdOf(byte[] sealed) {
    return SecretCipher.keyIdOf(sealed);
  }

  @Override
  public byte[] reseal(TenantId tenant, String kind, long rowId, byte[] sealed) {
    return cipher.reencrypt(sealed, new SecretBinding(tenant, rowId, foreign(kind)));
  }

  private static String foreign(String kind) {
    if (SecretBinding.OTP_SECRET.equals(kind)) {
      // a device secret never leaves the registry, not even through another module's row
      throw new IllegalArgumentException("kind reserved for device secrets");
    }
    return kind;
  }
}
