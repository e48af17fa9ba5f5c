package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.KeycloakAdmin;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Logins are the tenants': one Keycloak realm serves every reseller, yet a person of beta who signs
 * in on alpha's portal gets a refusal and no session, the platform API never turns beta's new
 * "mario" into alpha's Mario, anonymous hits on protected pages cost no session, and the API takes
 * only tokens issued for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantLoginAbuseIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private URI on(String host, String path) {
    return HttpBrowser.on(base, host, path);
  }

  @Test
  void aPersonOfAnotherTenantIsRefusedOnAlphasPortalWithoutASessionWhileAlphasPersonSignsIn() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String alpha = platform.newTenant("alpha", "Alpha Fiduciaria");
      String beta = platform.newTenant("beta", "Beta Servizi");
      String alphaHost = alpha + ".localhost";
      platform.createAccount(alpha, "mario-" + alpha, "user");
      platform.createAccount(beta, "luca-" + beta, "user", "operator");

      // beta's operator, with his real credentials, on alpha's portal
      HttpBrowser luca = new HttpBrowser();
      HttpBrowser.Page refused =
          luca.signIn(luca.open(on(alphaHost, "/account/")), "luca-" + beta, Account.PASSWORD);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.url().getHost()).isEqualTo(alphaHost);
      assertThat(refused.body())
          .contains("SIG-060", "Account non abilitato su questo portale", "Alpha Fiduciaria")
          .contains(refused.header("X-Correlation-Id"))
          .doesNotContain("luca-" + beta, "Exception");
      assertThat(luca.cookie(alphaHost, "JSESSIONID")).isNull();
      assertThat(luca.get(on(alphaHost, "/account/")).status()).isEqualTo(302);

      // the same refusal in English, for a browser that chose English on the portal
      HttpBrowser english = new HttpBrowser();
      english.setCookie(alphaHost, "lang", "en");
      HttpBrowser.Page inEnglish =
          english.signIn(
              english.open(on(alphaHost, "/account/")), "luca-" + beta, Account.PASSWORD);
      assertThat(inEnglish.status()).isEqualTo(403);
      assertThat(inEnglish.body())
          .contains("SIG-060", "Account not enabled on this portal", "Alpha Fiduciaria");
      assertThat(english.cookie(alphaHost, "JSESSIONID")).isNull();

      HttpBrowser mario = new HttpBrowser();
      HttpBrowser.Page account =
          mario.signIn(mario.open(on(alphaHost, "/account/")), "mario-" + alpha, Account.PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      assertThat(account.body()).contains("Alpha Fiduciaria", "mario-" + alpha);
      assertThat(mario.cookie(alphaHost, "JSESSIONID")).isNotBlank();
    }
  }

  @Test
  void anAccountWithAnotherTenantsUsernameIsRefusedAndThatPersonStaysUnchanged() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String alpha = platform.newTenant("alpha", "Alpha Fiduciaria");
      String beta = platform.newTenant("beta", "Beta Servizi");
      String username = Account.uniqueName("mario.rossi");
      platform.createAccount(alpha, Account.user(alpha, username).named("Mario", "Rossi"));
      RealmResource realm = platform.keycloak().realm();
      String userId = realm.users().searchByUsername(username, true).get(0).getId();
      UserRepresentation before = realm.users().get(userId).toRepresentation();

      HttpResponse<String> merged =
          platform.post(
              "/api/platform/tenants/" + beta + "/accounts",
              ("{\"username\":\"%s\",\"givenName\":\"Mario\",\"surname\":\"Bianchi\","
                      + "\"email\":\"mario@%s.example\",\"initialPassword\":\"%s\","
                      + "\"roles\":[\"user\",\"operator\"]}")
                  .formatted(username, beta, "Altra-Password-2026"));
      assertThat(merged.statusCode()).isEqualTo(409);
      assertThat(merged.body())
          .contains("\"code\":\"SIG-061\"", "\"correlationId\":\"")
          .doesNotContain("Exception");

      UserRepresentation after = realm.users().get(before.getId()).toRepresentation();
      assertThat(after.getFirstName()).isEqualTo("Mario");
      assertThat(after.getLastName()).isEqualTo("Rossi");
      assertThat(after.getEmail()).isEqualTo(before.getEmail());
      assertThat(after.getAttributes()).isEqualTo(before.getAttributes());
      assertThat(roles(realm, before.getId(), beta)).isEmpty();
      assertThat(roles(realm, before.getId(), alpha)).containsExactly("user");
      assertThat(
              realm.organizations().members().getOrganizations(before.getId(), false).stream()
                  .map(OrganizationRepresentation::getAlias))
          .containsExactly(alpha);
      // his own password still works, the one sent for beta does not
      HttpBrowser mario = new HttpBrowser();
      HttpBrowser.Page account =
          mario.signIn(
              mario.open(on(alpha + ".localhost", "/account/")), username, Account.PASSWORD);
      assertThat(account.status()).isEqualTo(200);

      // re-provisioning alpha's own person stays idempotent, and may add a role
      platform.createAccount(alpha, Account.user(alpha, username).withRoles("user", "operator"));
      assertThat(roles(realm, before.getId(), alpha)).containsExactlyInAnyOrder("user", "operator");
    }
  }

  @Test
  void anonymousHitsOnAProtectedPageCreateNoSessionAndEachStillStartsALogin() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String alpha = platform.newTenant("alpha", "Alpha Fiduciaria");
      String alphaHost = alpha + ".localhost";
      int hits = 50;
      int sessions = 0;
      int loginCookies = 0;
      long started = System.nanoTime();
      for (int i = 0; i < hits; i++) {
        HttpBrowser.Page page = new HttpBrowser().get(on(alphaHost, "/account/?n=" + i));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).startsWith(Environment.keycloakUrl());
        List<String> cookies = page.response().headers().allValues("Set-Cookie");
        sessions += (int) cookies.stream().filter(c -> c.startsWith("JSESSIONID")).count();
        loginCookies += (int) cookies.stream().filter(c -> c.startsWith("SIGILLO_LOGIN")).count();
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf(
          "%d anonymous hits: %d sessions, %d login cookies, %d ms (%.1f ms each)%n",
          hits, sessions, loginCookies, millis, millis / (double) hits);
      assertThat(sessions).isZero();
      assertThat(loginCookies).isEqualTo(hits);

      // a browser that started several logins (tabs) finishes the one it comes back with
      platform.createAccount(alpha, "mario-" + alpha, "user");
      HttpBrowser mario = new HttpBrowser();
      mario.get(on(alphaHost, "/credentials/"));
      mario.get(on(alphaHost, "/identity/"));
      HttpBrowser.Page account =
          mario.signIn(mario.open(on(alphaHost, "/account/")), "mario-" + alpha, Account.PASSWORD);
      assertThat(account.status()).isEqualTo(200);
      assertThat(account.url().getPath()).endsWith("/account/");
    }
  }

  @Test
  void aTokenOfAClientWithoutTheApiAudienceIsRefusedWithCataloguedJson() {
    try (PlatformOperator platform = new PlatformOperator(base);
        KeycloakAdmin keycloak = new KeycloakAdmin()) {
      // a realm client that holds platform-admin but was never meant to call the API
      String clientId = Account.uniqueName("it-other-client");
      String secret = UUID.randomUUID().toString();
      ClientRepresentation client = new ClientRepresentation();
      client.setClientId(clientId);
      client.setPublicClient(false);
      client.setSecret(secret);
      client.setServiceAccountsEnabled(true);
      client.setStandardFlowEnabled(false);
      String uuid = keycloak.createClient(client);
      try {
        keycloak.grantPlatformAdminTo(keycloak.serviceAccountOf(uuid));
        HttpResponse<String> refused =
            platform.get(
                "/api/platform/tenants", "Bearer " + Tokens.clientCredentials(clientId, secret));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/json");
        assertThat(refused.body())
            .contains("\"code\":\"SIG-062\"", "\"correlationId\":\"")
            .doesNotContain("Exception");

        HttpResponse<String> accepted =
            platform.get("/api/platform/tenants", "Bearer " + platform.token());
        assertThat(accepted.statusCode()).isEqualTo(200);
      } finally {
        keycloak.realm().clients().get(uuid).remove();
      }
    }
  }

  private static List<String> roles(RealmResource realm, String userId, String slug) {
    String clientUuid =
        realm.clients().findByClientId("portal-" + slug).stream()
            .filter(c -> ("portal-" + slug).equals(c.getClientId()))
            .findFirst()
            .orElseThrow()
            .getId();
    return realm.users().get(userId).roles().clientLevel(clientUuid).listAll().stream()
        .map(RoleRepresentation::getName)
        .toList();
  }
}
