package io.sigillo.keycloak.leveltwo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract's paths and bodies as the provider reads and writes them. */
class SigilloClientTest {

  @Test
  void pathSegmentsAreEncodedSoAUsernameCannotReachAnotherPath() {
    assertThat(
            SigilloClient.url(
                URI.create("http://127.0.0.1:8080/"), "alpha", "mario.rossi@example.it", "methods"))
        .hasToString(
            "http://127.0.0.1:8080/api/level-two/alpha/persons/mario.rossi%40example.it/methods");
    assertThat(SigilloClient.url(URI.create("http://h"), "a b", "../x", "sms").toString())
        .endsWith("/api/level-two/a%20b/persons/..%2Fx/sms");
  }

  @Test
  void typedCodesLoseTheirSpacesAndAnythingElseIsNotACode() {
    assertThat(LevelTwoAuthenticator.code("123 456")).contains("123456");
    assertThat(LevelTwoAuthenticator.code(" 12345678 ")).contains("12345678");
    assertThat(LevelTwoAuthenticator.code("12345")).isEmpty();
    assertThat(LevelTwoAuthenticator.code("12a456")).isEmpty();
    assertThat(LevelTwoAuthenticator.code(null)).isEmpty();
  }

  @Test
  void methodsReadMissingValuesAsNothingAndKeepOnlyWebLinks() {
    Map<String, Object> json = new HashMap<>();
    json.put("identity", "ACTIVE");
    json.put("app", true);
    json.put("maskedMobile", null);
    json.put("portalUrl", "javascript:alert(1)");
    Methods methods = Methods.from(json);
    assertThat(methods.active()).isTrue();
    assertThat(methods.app()).isTrue();
    assertThat(methods.sms()).isFalse();
    assertThat(methods.maskedMobile()).isEmpty();
    assertThat(methods.portalUrl()).isEmpty();
    assertThat(Methods.from(Map.of()).hasIdentity()).isFalse();
  }

  @Test
  void anOutcomeCarriesTheMeasuredClockOffset() {
    Map<String, Object> json = new HashMap<>();
    json.put("check", "CLOCK_DRIFT");
    json.put("remainingAttempts", 4);
    json.put("clockOffsetSeconds", 240);
    json.put("retryAfterSeconds", 0);
    CodeCheck check = CodeCheck.from(json);
    assertThat(check.check()).isEqualTo(CodeCheck.Check.CLOCK_DRIFT);
    assertThat(check.clockOffsetSeconds()).contains(240L);
    assertThat(check.remainingAttempts()).isEqualTo(4);
  }
}
