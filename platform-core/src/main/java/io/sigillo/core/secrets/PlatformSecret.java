package io.sigillo.core.secrets;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each secret the platform reads from its configuration, with the property that holds it and how to
 * tell its public development value.
 */
public enum PlatformSecret {
  DB_PASSWORD("sigillo.db.password", DevelopmentSecrets.DB_PASSWORD),
  KEYCLOAK_ADMIN_CLIENT_SECRET(
      "sigillo.keycloak.admin.client-secret", DevelopmentSecrets.KEYCLOAK_ADMIN_CLIENT_SECRET),
  /**
   * The key that encrypts new OTP device secrets: public when its id is a development id or its
   * material the development key. Retired development keys may stay in the keyring while rows are
   * rotated away from them, so only the current key counts.
   */
  OTP_SECRET_KEYS("sigillo.otp.secret-keys", DevelopmentSecrets.OTP_KEY) {
    @Override
    Optional<String> problem(Function<String, Optional<String>> config) {
      Optional<String> current = config.apply(CURRENT_OTP_KEY).map(String::strip);
      Optional<String> keys = config.apply(property());
      if (current.isEmpty() || current.get().isEmpty() || keys.isEmpty()) {
        return Optional.of("not set");
      }
      String id = current.get();
      if (id.startsWith(DevelopmentSecrets.OTP_KEY_ID_PREFIX)) {
        return Optional.of("the current key (" + CURRENT_OTP_KEY + ") is a public development key");
      }
      for (String entry : keys.get().split(",")) {
        int colon = entry.indexOf(':');
        if (colon > 0
            && entry.substring(0, colon).strip().equals(id)
            && entry.substring(colon + 1).strip().equals(DevelopmentSecrets.OTP_KEY)) {
          return Optional.of("the current key is the public development key");
        }
      }
      return Optional.empty();
    }
  },
  SIGNATURE_CONTACT_KEY("sigillo.signature.contact-key", DevelopmentSecrets.SIGNATURE_CONTACT_KEY),
  IDENTITY_CODE_KEY("sigillo.identity.code-key", DevelopmentSecrets.IDENTITY_CODE_KEY),
  /** Needed only while the keys live in the software PKCS#12 file (the embedded default). */
  PKCS12_PASSWORD("sigillo.keystore.pkcs12.password", DevelopmentSecrets.PKCS12_PASSWORD) {
    @Override
    Optional<String> problem(Function<String, Optional<String>> config) {
      String type = config.apply("sigillo.keystore.type").orElse("pkcs12").strip();
      return "pkcs12".equalsIgnoreCase(type) ? super.problem(config) : Optional.empty();
    }
  };

  static final String CURRENT_OTP_KEY = "sigillo.otp.secret-keys.current";

  private final String property;
  private final String publicValue;

  PlatformSecret(String property, String publicValue) {
    this.property = property;
    this.publicValue = publicValue;
  }

  /** The MicroProfile Config property, e.g. {@code sigillo.db.password}. */
  public String property() {
    return property;
  }

  /** The environment variable MicroProfile Config maps to the property. */
  public String environmentVariable() {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /**
   * Why the configured value may not be used outside development, if it may not: missing or the
   * public development value. Never the value itself.
   */
  Optional<String> problem(Function<String, Optional<String>> config) {
    Optional<String> value = config.apply(property).map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.of("not set");
    }
    return value.get().equals(publicValue)
        ? Optional.of("the public development value")
        : Optional.empty();
  }
}
