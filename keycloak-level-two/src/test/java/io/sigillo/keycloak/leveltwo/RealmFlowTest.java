package io.sigillo.keycloak.leveltwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
  void forgotPasswordAsksForLevelTwoAfterTheEmailLinkAndBeforeTheNewPassword() {
    assertThat(realm.get("resetPasswordAllowed").asBoolean()).isTrue();
    JsonNode reset = FLOWS.get(realm.get("resetCredentialsFlow").asText());
    assertThat(reset).as("the realm's reset-credentials flow").isNotNull();
    assertThat(reset.get("topLevel").asBoolean()).isTrue();
    assertThat(reset.get("alias").asText()).isNotEqualTo("reset credentials");
    List<JsonNode> steps = new ArrayList<>();
    reset.get("authenticationExecutions").forEach(steps::add);
    steps.sort(Comparator.comparingInt(e -> e.get("priority").asInt()));
    // every step REQUIRED and none a sub-flow: nothing lets the mailbox alone through
    assertThat(steps)
        .extracting(e -> e.path("authenticator").asText(), e -> e.get("requirement").asText())
        .containsExactly(
            tuple("reset-credentials-choose-user", "REQUIRED"),
            tuple("reset-credential-email", "REQUIRED"),
            tuple(LevelTwoAuthenticatorFactory.ID, "REQUIRED"),
            tuple("reset-password", "REQUIRED"));
    assertThat(
            CONFIGS
                .get(steps.get(2).get("authenticatorConfig").asText())
                .get("config")
                .get(LevelTwoAuthenticator.CONFIG_URL)
                .asText())
        .isEqualTo("${SIGILLO_LEVEL_TWO_URL}");
  }

  @Test
  void keycloakSendsMailThroughTheConfiguredSmtpServerInSigillosEmailTheme() throws IOException {
    JsonNode smtp = realm.get("smtpServer");
    assertThat(smtp.get("host").asText()).isEqualTo("${SIGILLO_SMTP_HOST}");
    assertThat(smtp.get("port").asText()).isEqualTo("${SIGILLO_SMTP_PORT}");
    assertThat(smtp.get("from").asText()).isEqualTo("${SIGILLO_SMTP_FROM}");
    String theme = realm.get("emailTheme").asText();
    JsonNode themes =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    Path.of("../keycloak-theme/src/main/resources/META-INF/keycloak-themes.json")));
    assertThat(themes.get("themes"))
        .anySatisfy(
            t -> {
              assertThat(t.get("name").asText()).isEqualTo(theme);
              assertThat(t.get("types")).extracting(JsonNode::asText).contains("email");
            });
    for (String language : List.of("it", "en")) {
      assertThat(
              Files.readString(
                  Path.of(
                      "../keycloak-theme/src/main/resources/theme/"
                          + theme
                          + "/email/messages/messages_"
                          + language
                          + ".properties")))
          .contains("passwordResetSubject=", "passwordResetBody=", "passwordResetBodyHtml=");
    }
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
