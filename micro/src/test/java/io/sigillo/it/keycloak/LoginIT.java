package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import java.net.URI;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * People sign in through Keycloak's real login form on their tenant's host and see that tenant's
 * portal; a session never crosses to another tenant; logout also ends the Keycloak session. Each
 * test provisions its own tenants and users through the platform API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

  private static final String PASSWORD = "Prova-Password-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private static String slug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private URI on(String host, String path) {
    return Browser.on(base, host, path);
  }

  @Test
  void aNewUserSignsInOnTheirTenantAndSeesItsBrandingAndTheirIdentity() {
    try (PlatformApi platform = new PlatformApi(base, true)) {
      String alpha = slug("alpha");
      String beta = slug("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createUser(alpha, "mario-" + alpha, "Mario", PASSWORD);
      platform.createUser(beta, "luca-" + beta, "Luca", PASSWORD);

      Browser mario = new Browser();
      Browser.Page toKeycloak = mario.get(on(alphaHost, "/account/"));
      assertThat(toKeycloak.status()).isEqualTo(302);
      assertThat(toKeycloak.header("Location"))
          .startsWith(KeycloakReadBack.url() + "/realms/sigillo/protocol/openid-connect/auth")
          .contains("client_id=portal-" + alpha, "code_challenge_method=S256", "nonce=", "state=")
          .contains("redirect_uri=http%3A%2F%2F" + alphaHost);
      Browser.Page loginPage = mario.follow(toKeycloak);
      assertThat(KeycloakLoginForm.isLoginPage(loginPage)).isTrue();

      Browser.Page account = KeycloakLoginForm.signIn(mario, loginPage, "mario-" + alpha, PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      assertThat(account.url().getHost()).isEqualTo(alphaHost);
      assertThat(account.url().getPath()).endsWith("/account/");
      assertThat(account.body())
          .contains("Alpha Fiduciaria", "--brand-primary:#0b5394", "mario-" + alpha)
          .doesNotContain("Beta Servizi", "#38761d", "luca-" + beta);

      Browser luca = new Browser();
      Browser.Page betaAccount =
          KeycloakLoginForm.signIn(
              luca, luca.open(on(betaHost, "/account/")), "luca-" + beta, PASSWORD);
      assertThat(betaAccount.status()).isEqualTo(200);
      assertThat(betaAccount.body())
          .contains("Beta Servizi", "--brand-primary:#38761d", "luca-" + beta)
          .doesNotContain("Alpha Fiduciaria", "#0b5394", "mario-" + alpha);
    }
  }

  @Test
  void aProtectedPageOnAnUnknownHostSaysUnknownPortalAndNeverGoesToKeycloak() {
    Browser.Page page = new Browser().get(on("nobody-" + slug("x") + ".localhost", "/account/"));
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Location")).isEmpty();
    assertThat(page.body()).contains("SIG-002", page.header("X-Correlation-Id"));
  }

  @Test
  void aSessionOfOneTenantIsRefusedAndEndedOnAnotherTenantsHost() {
    try (PlatformApi platform = new PlatformApi(base, true)) {
      String alpha = slug("alpha");
      String beta = slug("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createUser(alpha, "mario-" + alpha, "Mario", PASSWORD);

      Browser mario = new Browser();
      Browser.Page account =
          KeycloakLoginForm.signIn(
              mario, mario.open(on(alphaHost, "/account/")), "mario-" + alpha, PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      String session = mario.cookie(alphaHost, "JSESSIONID");
      assertThat(session).isNotBlank();

      Browser thief = new Browser();
      thief.setCookie(betaHost, "JSESSIONID", session);
      Browser.Page onBeta = thief.get(on(betaHost, "/account/"));
      assertThat(onBeta.status()).isEqualTo(401);
      assertThat(onBeta.body())
          .contains("SIG-010", onBeta.header("X-Correlation-Id"))
          .doesNotContain("mario-" + alpha, "Alpha Fiduciaria");

      // the session was invalidated, so it is worth nothing on alpha either now
      Browser.Page backOnAlpha = mario.get(on(alphaHost, "/account/"));
      assertThat(backOnAlpha.status()).isEqualTo(302);
      assertThat(backOnAlpha.header("Location")).startsWith(KeycloakReadBack.url());
    }
  }

  @Test
  void singleSignOnToAnotherTenantGivesNoAccessWithoutThatTenantsRole() {
    try (PlatformApi platform = new PlatformApi(base, true)) {
      String alpha = slug("alpha");
      String beta = slug("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createUser(alpha, "mario-" + alpha, "Mario", PASSWORD);

      Browser mario = new Browser();
      KeycloakLoginForm.signIn(
          mario, mario.open(on(alphaHost, "/account/")), "mario-" + alpha, PASSWORD);

      // same browser, same Keycloak session: Keycloak signs Mario in on beta without a form ...
      Browser.Page betaAccount = mario.open(on(betaHost, "/account/"));
      // ... but beta gave him no role, so beta's pages stay closed
      assertThat(betaAccount.status()).isEqualTo(403);
      assertThat(betaAccount.body()).contains("SIG-007").doesNotContain("Beta Servizi");
    }
  }

  @Test
  void logoutEndsThePortalSessionAndTheKeycloakSession() {
    try (PlatformApi platform = new PlatformApi(base, true)) {
      String alpha = slug("alpha");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String username = "mario-" + alpha;
      platform.createUser(alpha, username, "Mario", PASSWORD);

      Browser mario = new Browser();
      Browser.Page account =
          KeycloakLoginForm.signIn(
              mario, mario.open(on(alphaHost, "/account/")), username, PASSWORD);
      assertThat(account.body()).contains("/logout");
      UserRepresentation user =
          platform.keycloak().realm().users().searchByUsername(username, true).get(0);
      assertThat(platform.keycloak().realm().users().get(user.getId()).getUserSessions())
          .hasSize(1);

      Browser.Page toKeycloak = mario.get(on(alphaHost, "/logout"));
      assertThat(toKeycloak.status()).isEqualTo(302);
      assertThat(toKeycloak.header("Location"))
          .contains("/protocol/openid-connect/logout", "id_token_hint=");
      Browser.Page home = mario.follow(toKeycloak);
      assertThat(home.status()).isEqualTo(200);
      assertThat(home.url().getHost()).isEqualTo(alphaHost);
      assertThat(home.body()).contains("Alpha Fiduciaria");

      assertThat(platform.keycloak().realm().users().get(user.getId()).getUserSessions()).isEmpty();
      // back to the account page: Keycloak asks for the password again, no silent sign-in
      Browser.Page again = mario.open(on(alphaHost, "/account/"));
      assertThat(KeycloakLoginForm.isLoginPage(again)).isTrue();
    }
  }
}
