package io.sigillo.keycloak.leveltwo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm file (keycloak/sigillo-realm.json) wires this step the way Keycloak can import it: a
 * mistake here shows only as a Keycloak that does not start (the flow table's 255-character
 * descriptions) or a flow that silently skips the step, minutes into an integration run.
 */
class RealmFlowTest {

  private static JsonNode realm;
  private static final Map<String, JsonNode> FLOWS = new HashMap<>();
  private static final Map<String, JsonNode> CONFIGS = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    realm =
        new ObjectMapper().readTree(Files.readString(Path.of("../keycloak/sigillo-realm.json")));
    realm.get("authenticationFlows").forEach(flow -> FLOWS.put(flow.get("alias").asText(), flow));
    realm.get("authenticatorConfig").forEach(c -> CONFIGS.put(c.get("alias").asText(), c));
  }

  @Test
  void theSpidLevelsAreTheRealmsLevelsOfAuthenticationForOidcAndSaml() throws IOException {
    JsonNode attributes = realm.get("attributes");
    JsonNode loa = new ObjectMapper().readTree(attributes.get("acr.loa.map").asText());
    assertThat(loa.get("https://www.spid.gov.it/SpidL1").asInt()).isEqualTo(1);
    assertThat(loa.get("https://www.spid.gov.it/SpidL2").asInt()).isEqualTo(2);
    JsonNode uri = new ObjectMapper().readTree(attributes.get("acr.uri.map").asText());
    assertThat(uri.get("https://www.spid.gov.it/SpidL2").asText())
        .isEqualTo("https://www.spid.gov.it/SpidL2");
  }

  @Test
  void theBrowserFlowReachesTheStepAtLevelTwoWithSigillosUrl() {
    JsonNode browser = FLOWS.get(realm.get("browserFlow").asText());
    assertThat(browser).isNotNull();
    assertThat(browser.get("topLevel").asBoolean()).isTrue();
    JsonNode levelTwo = FLOWS.get("sigillo level 2");
    JsonNode condition = levelTwo.get("authenticationExecutions").get(0);
    assertThat(condition.get("authenticator").asText())
        .isEqualTo("conditional-level-of-authentication");
    assertThat(
            CONFIGS
                .get(condition.get("authenticatorConfig").asText())
                .get("config")
                .get("loa-condition-level")
                .asText())
        .isEqualTo("2");
    JsonNode step = levelTwo.get("authenticationExecutions").get(1);
    assertThat(step.get("authenticator").asText()).isEqualTo(LevelTwoAuthenticatorFactory.ID);
    assertThat(step.get("requirement").asText()).isEqualTo("REQUIRED");
    assertThat(
            CONFIGS
                .get(step.get("authenticatorConfig").asText())
                .get("config")
                .get(LevelTwoAuthenticator.CONFIG_URL)
                .asText())
        .isEqualTo("${SIGILLO_LEVEL_TWO_URL}");
    assertThat(reachable(browser)).contains("sigillo level 1", "sigillo level 2");
  }

  @Test
  void everyFlowAndConfigNamedExistsAndFitsKeycloaksColumns() {
    for (JsonNode flow : FLOWS.values()) {
      assertThat(flow.get("description").asText().length())
          .as("description of %s (Keycloak's column holds 255)", flow.get("alias"))
          .isLessThanOrEqualTo(255);
      for (JsonNode execution : flow.get("authenticationExecutions")) {
        if (execution.has("flowAlias")) {
          assertThat(FLOWS).containsKey(execution.get("flowAlias").asText());
        }
        if (execution.has("authenticatorConfig")) {
          assertThat(CONFIGS).containsKey(execution.get("authenticatorConfig").asText());
        }
      }
    }
  }

  private static Set<String> reachable(JsonNode flow) {
    Set<String> found = new HashSet<>();
    for (JsonNode execution : flow.get("authenticationExecutions")) {
      if (execution.has("flowAlias")) {
        String alias = execution.get("flowAlias").asText();
        found.add(alias);
        found.addAll(reachable(FLOWS.get(alias)));
      }
    }
    return found;
  }
}
