package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.PlatformOperator;
import java.net.URI;
import java.net.URL;
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

  private static final String PASSWORD = Account.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private URI on(String host, String path) {
    return HttpBrowser.on(base, host, path);
  }

  /** Two provisioned tenants and their hosts; Mario has an account on alpha only. */
  private record Tenants(String alpha, String alphaHost, String betaHost) {}

  private static Tenants alphaWithMarioAndBeta(PlatformOperator platform) {
    String alpha = Account.uniqueName("alpha");
    String beta = Account.uniqueName("beta");
    String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
    String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
    platform.createAccount(alpha, Account.user(alpha, "mario-" + alpha).named("Mario", "Prova"));
    return new Tenants(alpha, alphaHost, betaHost);
  }

  @Test
  void aNewUserSignsInOnTheirTenantAndSeesItsBrandingAndTheirIdentity() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      String alpha = Account.uniqueName("alpha");
      String beta = Account.uniqueName("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createAccount(alpha, Account.user(alpha, "mario-" + alpha).named("Mario", "Prova"));
      platform.createAccount(beta, Account.user(beta, "luca-" + beta).named("Luca", "Prova"));

      HttpBrowser mario = HttpBrowser.withoutAccept();
      HttpBrowser.Page toKeycloak = mario.get(on(alphaHost, "/account/"));
      assertThat(toKeycloak.status()).isEqualTo(302);
      assertThat(toKeycloak.header("Location"))
          .startsWith(Environment.keycloakUrl() + "/realms/sigillo/protocol/openid-connect/auth")
          .contains("client_id=portal-" + alpha, "code_challenge_method=S256", "nonce=", "state=")
          .contains("redirect_uri=http%3A%2F%2F" + alphaHost);
      HttpBrowser.Page loginPage = mario.follow(toKeycloak);
      assertThat(HttpBrowser.isKeycloakLogin(loginPage)).isTrue();

      HttpBrowser.Page account = mario.signIn(loginPage, "mario-" + alpha, PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      assertThat(account.url().getHost()).isEqualTo(alphaHost);
      assertThat(account.url().getPath()).endsWith("/account/");
      assertThat(account.body())
          .contains("Alpha Fiduciaria", "--brand-primary:#0b5394", "mario-" + alpha)
          .doesNotContain("Beta Servizi", "#38761d", "luca-" + beta);

      HttpBrowser luca = HttpBrowser.withoutAccept();
      HttpBrowser.Page betaAccount =
          luca.signIn(luca.open(on(betaHost, "/account/")), "luca-" + beta, PASSWORD);
      assertThat(betaAccount.status()).isEqualTo(200);
      assertThat(betaAccount.body())
          .contains("Beta Servizi", "--brand-primary:#38761d", "luca-" + beta)
          .doesNotContain("Alpha Fiduciaria", "#0b5394", "mario-" + alpha);
    }
  }

  @Test
  void aProtectedPageOnAnUnknownHostSaysUnknownPortalAndNeverGoesToKeycloak() {
    HttpBrowser.Page page =
        HttpBrowser.withoutAccept()
            .get(on("nobody-" + Account.uniqueName("x") + ".localhost", "/account/"));
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Location")).isEmpty();
    assertThat(page.body()).contains("SIG-002", page.header("X-Correlation-Id"));
  }

  @Test
  void aSessionOfOneTenantIsRefusedAndEndedOnAnotherTenantsHost() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      Tenants tenants = alphaWithMarioAndBeta(platform);

      HttpBrowser mario = HttpBrowser.withoutAccept();
      HttpBrowser.Page account =
          mario.signIn(
              mario.open(on(tenants.alphaHost(), "/account/")),
              "mario-" + tenants.alpha(),
              PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      String session = mario.cookie(tenants.alphaHost(), "JSESSIONID");
      assertThat(session).isNotBlank();

      HttpBrowser thief = HttpBrowser.withoutAccept();
      thief.setCookie(tenants.betaHost(), "JSESSIONID", session);
      HttpBrowser.Page onBeta = thief.get(on(tenants.betaHost(), "/account/"));
      assertThat(onBeta.status()).isEqualTo(401);
      assertThat(onBeta.body())
          .contains("SIG-010", onBeta.header("X-Correlation-Id"))
          .doesNotContain("mario-" + tenants.alpha(), "Alpha Fiduciaria");

      // the session was invalidated, so it is worth nothing on alpha either now
      HttpBrowser.Page backOnAlpha = mario.get(on(tenants.alphaHost(), "/account/"));
      assertThat(backOnAlpha.status()).isEqualTo(302);
      assertThat(backOnAlpha.header("Location")).startsWith(Environment.keycloakUrl());
    }
  }

  @Test
  void singleSignOnToAnotherTenantIsRefusedForAPersonWhoIsNotItsMember() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      Tenants tenants = alphaWithMarioAndBeta(platform);

      HttpBrowser mario = HttpBrowser.withoutAccept();
      mario.signIn(
          mario.open(on(tenants.alphaHost(), "/account/")), "mario-" + tenants.alpha(), PASSWORD);

      // same browser, same Keycloak session: beta asks for its own organization, which Mario's
      // session does not have, so Keycloak asks for a login again ...
      HttpBrowser.Page again = mario.open(on(tenants.betaHost(), "/account/"));
      assertThat(HttpBrowser.isKeycloakLogin(again)).as(again.body()).isTrue();
      // ... and Mario's own credentials are refused on beta: no session there
      HttpBrowser.Page betaAccount = mario.signIn(again, "mario-" + tenants.alpha(), PASSWORD);
      assertThat(betaAccount.status()).isEqualTo(403);
      assertThat(betaAccount.body()).contains("SIG-060");
      assertThat(mario.cookie(tenants.betaHost(), "JSESSIONID")).isNull();
    }
  }

  @Test
  void logoutEndsThePortalSessionAndTheKeycloakSession() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      String alpha = Account.uniqueName("alpha");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String username = "mario-" + alpha;
      platform.createAccount(alpha, Account.user(alpha, username).named("Mario", "Prova"));

      HttpBrowser mario = HttpBrowser.withoutAccept();
      HttpBrowser.Page account =
          mario.signIn(mario.open(on(alphaHost, "/account/")), username, PASSWORD);
      assertThat(account.body()).contains("/logout");
      UserRepresentation user =
          platform.keycloak().realm().users().searchByUsername(username, true).get(0);
      assertThat(platform.keycloak().realm().users().get(user.getId()).getUserSessions())
          .hasSize(1);

      HttpBrowser.Page toKeycloak = mario.get(on(alphaHost, "/logout"));
      assertThat(toKeycloak.status()).isEqualTo(302);
      assertThat(toKeycloak.header("Location"))
          .contains("/protocol/openid-connect/logout", "id_token_hint=");
      HttpBrowser.Page home = mario.follow(toKeycloak);
      assertThat(home.status()).isEqualTo(200);
      assertThat(home.url().getHost()).isEqualTo(alphaHost);
      assertThat(home.body()).contains("Alpha Fiduciaria");

      assertThat(platform.keycloak().realm().users().get(user.getId()).getUserSessions()).isEmpty();
      // back to the account page: Keycloak asks for the password again, no silent sign-in
      HttpBrowser.Page again = mario.open(on(alphaHost, "/account/"));
      assertThat(HttpBrowser.isKeycloakLogin(again)).isTrue();
    }
  }
}
