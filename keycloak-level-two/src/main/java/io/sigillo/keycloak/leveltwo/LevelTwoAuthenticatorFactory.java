package io.sigillo.keycloak.leveltwo;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * "Sigillo level 2" in Keycloak's list of authenticators (id {@value #ID}). One instance per
 * Keycloak: it holds what every login shares, the HTTP client and the broker's token cache.
 *
 * <p>Configuration. Per flow execution (the authenticator config, seeded by the realm import from
 * {@code SIGILLO_LEVEL_TWO_URL}): {@value LevelTwoAuthenticator#CONFIG_URL}, Sigillo's base URL.
 * Per server, never in the realm's data: the client secret, from the SPI option {@code secret} or
 * the environment variable {@code SIGILLO_LEVEL_TWO_SECRET}; optionally {@code client-id} (default
 * {@code sigillo-level-two}) and {@code keycloak-url}, the URL at which Keycloak asks itself for
 * the broker's token (default: the URL of the login request, so the token's issuer is the one
 * Sigillo knows).
 */
public final class LevelTwoAuthenticatorFactory implements AuthenticatorFactory {

  public static final String ID = "sigillo-level-two";

  /**
   * Short: a worker thread of Keycloak waits for Sigillo while the person waits for the page, and a
   * Sigillo that does not answer in time gets the "unavailable" page, not a hanging login. The
   * request timeout (default 6 s) can be set with the SPI option {@code timeout-seconds} or {@code
   * SIGILLO_LEVEL_TWO_TIMEOUT_SECONDS}.
   */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  static final int DEFAULT_TIMEOUT_SECONDS = 6;

  private static final List<ProviderConfigProperty> CONFIG =
      ProviderConfigurationBuilder.create()
          .property()
          .name(LevelTwoAuthenticator.CONFIG_URL)
          .label("Sigillo URL")
          .helpText(
              "Base URL of Sigillo's level-2 API, e.g. http://127.0.0.1:8080 (the step calls"
                  + " /api/level-two/{tenant}/persons/{username}/...).")
          .type(ProviderConfigProperty.STRING_TYPE)
          .add()
          .build();

  private HttpClient http;
  private SigilloClient sigillo;
  private Optional<URI> keycloakUrl = Optional.empty();

  @Override
  public void init(Config.Scope config) {
    String secret = config.get("secret", System.getenv("SIGILLO_LEVEL_TWO_SECRET"));
    String clientId = config.get("client-id", "sigillo-level-two");
    keycloakUrl =
        Optional.ofNullable(config.get("keycloak-url")).filter(u -> !u.isBlank()).map(URI::create);
    Duration timeout =
        Duration.ofSeconds(
            config.getInt(
                "timeout-seconds",
                parseOr(
                    System.getenv("SIGILLO_LEVEL_TWO_TIMEOUT_SECONDS"), DEFAULT_TIMEOUT_SECONDS)));
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    BrokerTokens tokens =
        new BrokerTokens(new TokenEndpoint(http, timeout, clientId, secret), Clock.systemUTC());
    sigillo = new SigilloClient(http, tokens, timeout);
  }

  private static int parseOr(String value, int fallback) {
    try {
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  @Override
  public Authenticator create(KeycloakSession session) {
    return new LevelTwoAuthenticator(sigillo, keycloakUrl);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    // nothing to wire: Sigillo is reached over HTTP at login time
  }

  @Override
  public void close() {
    // the JDK's HTTP client releases its connections when it is no longer referenced
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Sigillo level 2";
  }

  @Override
  public String getHelpText() {
    return "SPID level 2: a code of the person's OTP app or one sent by SMS, checked by Sigillo's"
        + " OTP registry.";
  }

  @Override
  public String getReferenceCategory() {
    return null;
  }

  @Override
  public boolean isConfigurable() {
    return true;
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return new Requirement[] {Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED};
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return CONFIG;
  }
}
