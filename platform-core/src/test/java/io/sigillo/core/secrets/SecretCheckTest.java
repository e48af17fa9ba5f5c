package io.sigillo.core.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SecretCheckTest {

  private static final String REAL_OTP_KEY = "Zm9yLXRlc3RzLW9ubHktbm90LXB1YmxpYy1rZXktMzIh";

  private static Map<String, String> realSecrets() {
    Map<String, String> config = new HashMap<>();
    config.put("sigillo.db.password", "db-password-from-the-vault");
    config.put("sigillo.keycloak.admin.client-secret", "admin-secret-from-the-vault");
    config.put("sigillo.otp.secret-keys.current", "k2026");
    config.put("sigillo.otp.secret-keys", "k2026:" + REAL_OTP_KEY);
    config.put("sigillo.signature.contact-key", "Y29udGFjdC1rZXktZnJvbS10aGUtdmF1bHQtMzItYnl0ZXM=");
    config.put("sigillo.identity.code-key", "Y29kZS1rZXktZnJvbS10aGUtdmF1bHQtMzItYnl0ZXMhIQ==");
    config.put("sigillo.keystore.pkcs12.password", "pkcs12-password-from-the-vault");
    return config;
  }

  private static Function<String, Optional<String>> lookup(Map<String, String> config) {
    return key -> Optional.ofNullable(config.get(key));
  }

  @Test
  void nothingConfiguredNamesEverySecretAndRefuses() {
    Map<String, String> empty = Map.of();
    List<String> problems = SecretCheck.problems(lookup(empty));
    assertEquals(PlatformSecret.values().length, problems.size());
    String verdict = SecretCheck.verdict(lookup(empty)).orElseThrow();
    for (PlatformSecret secret : PlatformSecret.values()) {
      assertTrue(verdict.contains(secret.property()), secret.property());
      assertTrue(verdict.contains(secret.environmentVariable()), secret.environmentVariable());
    }
    assertTrue(verdict.contains("SIGILLO_DEV_MODE=true"));
    assertTrue(SecretCheck.refuses(lookup(empty)));
  }

  @Test
  void everyPublicDevelopmentValueIsRefusedAndNeverPrinted() {
    Map<String, String> config = new HashMap<>();
    config.put("sigillo.db.password", DevelopmentSecrets.DB_PASSWORD);
    config.put(
        "sigillo.keycloak.admin.client-secret", DevelopmentSecrets.KEYCLOAK_ADMIN_CLIENT_SECRET);
    config.put("sigillo.otp.secret-keys.current", "dev-only-public-key");
    config.put("sigillo.otp.secret-keys", "dev-only-public-key:" + DevelopmentSecrets.OTP_KEY);
    config.put("sigillo.signature.contact-key", DevelopmentSecrets.SIGNATURE_CONTACT_KEY);
    config.put("sigillo.identity.code-key", " " + DevelopmentSecrets.IDENTITY_CODE_KEY + " ");
    config.put("sigillo.keystore.pkcs12.password", DevelopmentSecrets.PKCS12_PASSWORD);
    List<String> problems = SecretCheck.problems(lookup(config));
    assertEquals(PlatformSecret.values().length, problems.size(), problems.toString());
    String verdict = SecretCheck.verdict(lookup(config)).orElseThrow();
    for (String value :
        List.of(
            DevelopmentSecrets.KEYCLOAK_ADMIN_CLIENT_SECRET,
            DevelopmentSecrets.OTP_KEY,
            DevelopmentSecrets.SIGNATURE_CONTACT_KEY,
            DevelopmentSecrets.IDENTITY_CODE_KEY,
            DevelopmentSecrets.PKCS12_PASSWORD)) {
      assertFalse(verdict.contains(value), "a secret value is printed");
    }
  }

  @Test
  void realSecretsPassSilently() {
    assertTrue(SecretCheck.problems(lookup(realSecrets())).isEmpty());
    assertTrue(SecretCheck.verdict(lookup(realSecrets())).isEmpty());
    assertFalse(SecretCheck.refuses(lookup(realSecrets())));
  }

  @Test
  void oneMissingSecretIsTheOnlyOneNamed() {
    Map<String, String> config = realSecrets();
    config.put("sigillo.signature.contact-key", "  ");
    List<String> problems = SecretCheck.problems(lookup(config));
    assertEquals(
        List.of("sigillo.signature.contact-key (SIGILLO_SIGNATURE_CONTACT_KEY): not set"),
        problems);
  }

  @Test
  void theDevelopmentOtpKeyUnderAnotherIdIsStillPublic() {
    Map<String, String> config = realSecrets();
    config.put("sigillo.otp.secret-keys", "k2026:" + DevelopmentSecrets.OTP_KEY);
    assertEquals(1, SecretCheck.problems(lookup(config)).size());
  }

  @Test
  void aRetiredDevelopmentOtpKeyMayStayWhileRowsAreRotated() {
    Map<String, String> config = realSecrets();
    config.put(
        "sigillo.otp.secret-keys",
        "dev-only-public-key:" + DevelopmentSecrets.OTP_KEY + ",k2026:" + REAL_OTP_KEY);
    assertTrue(SecretCheck.problems(lookup(config)).isEmpty());
  }

  @Test
  void thePkcs12PasswordIsNotNeededWithAnHsm() {
    Map<String, String> config = realSecrets();
    config.remove("sigillo.keystore.pkcs12.password");
    assertEquals(1, SecretCheck.problems(lookup(config)).size());
    config.put("sigillo.keystore.type", "pkcs11");
    assertTrue(SecretCheck.problems(lookup(config)).isEmpty());
  }

  @Test
  void theDevelopmentSwitchTurnsTheRefusalIntoAWarning() {
    Map<String, String> config = new HashMap<>();
    config.put(SecretCheck.DEV_MODE, "true");
    assertFalse(SecretCheck.refuses(lookup(config)));
    String warning = SecretCheck.verdict(lookup(config)).orElseThrow();
    assertTrue(warning.startsWith("Development mode"));
    assertTrue(warning.contains("sigillo.db.password"));
    config.put(SecretCheck.DEV_MODE, "yes");
    assertTrue(SecretCheck.refuses(lookup(config)));
  }
}
