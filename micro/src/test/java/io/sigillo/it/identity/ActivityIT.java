package io.sigillo.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.identity.Holders.Holder;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The person's own activity page (issue 15, item 7), as the person meets it: the sign-in just made,
 * at level 2, with its level; nothing of another person of the tenant nor of the same person on
 * another tenant; "sign out everywhere" ending another browser's Keycloak session, whose next
 * portal request needs a new login; "this wasn't me" suspending the identity and leading to help.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityIT {

  private static final Pattern SIGN_IN_ROW =
      Pattern.compile(
          "<tr class=\"activity-entry activity-SIGN_IN\" data-action=\"session.signed-in\">(.*?)</tr>",
          Pattern.DOTALL);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void theSignInJustMadeAtLevelTwoIsListedWithItsLevelAndNobodyElsesActivityIs() throws Exception {
    try (Smsc smsc = Smsc.fromEnvironment();
        Holders holders = new Holders(base)) {
      String alpha = holders.tenant("act-a", "Attivita Alfa");
      String beta = holders.tenant("act-b", "Attivita Beta");
      Holder anna = holders.holder(alpha, "anna", SpidApp.mobile());
      Holder bruno = holders.holder(alpha, "bruno", SpidApp.mobile());
      holders.shareWithTenant(anna.username(), beta);

      // Bruno on alpha, Anna on beta: neither is Anna's activity on alpha
      HttpBrowser brunoBrowser = new HttpBrowser(base, bruno.host());
      Page brunoHome =
          brunoBrowser.signIn(brunoBrowser.open("/account/"), bruno.username(), Holders.PASSWORD);
      assertThat(brunoHome.path()).as(brunoHome.body()).endsWith("/account/");
      HttpBrowser onBeta = new HttpBrowser(base, beta + ".localhost");
      Page betaHome = onBeta.signIn(onBeta.open("/account/"), anna.username(), Holders.PASSWORD);
      assertThat(betaHome.path()).as(betaHome.body()).endsWith("/account/");

      HttpBrowser browser = new HttpBrowser(base, anna.host());
      Page step = browser.signIn(browser.open("/credentials/"), anna.username(), Holders.PASSWORD);
      Page credentials = browser.levelTwoBySms(step, smsc);
      assertThat(credentials.path()).as(credentials.body()).endsWith("/credentials/");

      Page activity = browser.open("/account/activity.xhtml");
      assertThat(activity.status()).as(activity.body()).isEqualTo(200);
      List<String> signIns = signIns(activity);
      // the password sign-in, then Keycloak's level-2 step: two, newest first; none of the others
      assertThat(signIns).as(activity.body()).hasSize(2);
      assertThat(signIns.get(0)).contains("Livello 2", "Rete");
      assertThat(signIns.get(1)).contains("Livello 1");
      assertThat(HttpBrowser.unescape(activity.body()))
          .contains("La tua attività", "Accesso al portale")
          .doesNotContain(bruno.username());

      // the same person on beta sees beta's sign-in only
      List<String> onBetaSignIns = signIns(onBeta.open("/account/activity.xhtml"));
      assertThat(onBetaSignIns).hasSize(1);
      assertThat(onBetaSignIns.get(0)).contains("Livello 1");

      // "this wasn't me": suspended, every session closed, and the way to a support request
      Page notMe = browser.submit(activity, "activityForm", Map.of(), "notMe");
      assertThat(notMe.body())
          .as(notMe.body())
          .contains("id=\"not-me-done\"", "/support/new.xhtml");
      assertThat(
              Database.count(
                  "select count(*) from identity where tenant_id = ? and username = ?"
                      + " and status = 'SUSPENDED'",
                  alpha,
                  anna.username()))
          .isEqualTo(1);
      assertThat(Database.auditActors(alpha, "session.signed-out-everywhere"))
          .containsExactly(anna.username());
      assertThat(HttpBrowser.isKeycloakLogin(browser.open("/account/"))).isTrue();
    }
  }

  @Test
  void signingOutEverywhereEndsAnotherBrowsersSessionWhoseNextRequestNeedsANewLogin()
      throws Exception {
    try (Holders holders = new Holders(base)) {
      String tenant = holders.tenant("act-out", "Uscita Fiduciaria");
      Holder carla = holders.holder(tenant, "carla", SpidApp.mobile());

      HttpBrowser phone = new HttpBrowser(base, carla.host());
      Page phoneHome = phone.signIn(phone.open("/account/"), carla.username(), Holders.PASSWORD);
      assertThat(phoneHome.path()).as(phoneHome.body()).endsWith("/account/");
      HttpBrowser laptop = new HttpBrowser(base, carla.host());
      Page activity =
          laptop.signIn(laptop.open("/account/activity.xhtml"), carla.username(), Holders.PASSWORD);
      assertThat(activity.path()).as(activity.body()).endsWith("/account/activity.xhtml");
      assertThat(activity.body().split("class=\"login-session\"", -1)).hasSize(3);
      // before: the phone's session serves it without asking anything
      assertThat(phone.open("/account/").path()).endsWith("/account/");

      Page done = laptop.submit(activity, "activityForm", Map.of(), "signOutEverywhere");
      assertThat(HttpBrowser.unescape(done.body())).contains("Sei uscito da tutte le sessioni (2)");
      assertThat(Database.auditActors(tenant, "session.signed-out-everywhere"))
          .containsExactly(carla.username());

      // the phone's next request: Keycloak's login page, not the portal (its session is over)
      Page phoneAgain = phone.open("/account/");
      assertThat(HttpBrowser.isKeycloakLogin(phoneAgain)).as(phoneAgain.body()).isTrue();
      assertThat(HttpBrowser.isKeycloakLogin(laptop.open("/account/"))).isTrue();
      // and the password brings the person back
      Page back = phone.signIn(phoneAgain, carla.username(), Holders.PASSWORD);
      assertThat(back.path()).as(back.body()).endsWith("/account/");
    }
  }

  /** The sign-in rows of an activity page, newest first, as text. */
  private static List<String> signIns(Page page) {
    List<String> rows = new ArrayList<>();
    Matcher row = SIGN_IN_ROW.matcher(HttpBrowser.unescape(page.body()));
    while (row.find()) {
      rows.add(row.group(1));
    }
    return rows;
  }
}
