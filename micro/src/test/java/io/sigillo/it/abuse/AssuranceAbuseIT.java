package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Level 2 cannot be reached around its step: a session that proved the password only, or a recovery
 * session, asks the OTP API for a new app of its own, to confirm it with its own code and present
 * that code on the level-2 page. The registry refuses both, gives out no seed, and the person's
 * level-2 step is untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssuranceAbuseIT {

  private static final String PASSWORD = Account.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void passwordOnlyAndRecoverySessionsGetNoAppNoSeedAndNoLevelTwoFromTheApi() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment()) {
      String slug = platform.newTenant("abuse-l2", "Abusi Fiduciaria");
      String victim = Account.uniqueName("vittima");
      platform.createAccount(slug, Account.user(slug, victim).withPassword(PASSWORD));
      SpidApp.identity(slug, victim, SpidApp.mobile());
      HttpBrowser attacker = new HttpBrowser(base, slug + ".localhost");

      Page stepUp = attacker.signIn(attacker.open("/credentials/"), victim, PASSWORD);
      assertThat(stepUp.path()).endsWith("/l2/");
      assertPasswordLevelRefused(attacker, "OTP-060");

      // recovery: the password plus a code to the registered mobile opens credential management,
      // where the re-association asks for an SMS code again; the API is not a way around it
      Page recovery = attacker.open("/l2/recovery.xhtml");
      Page sent = attacker.submit(recovery, "recovery", Map.of(), "sms");
      Page credentials =
          attacker.submit(sent, "recovery", Map.of("code", smsc.next().code()), "verify");
      assertThat(credentials.body()).contains("recovery-session");
      assertPasswordLevelRefused(attacker, "OTP-060");
      assertThat(attacker.open("/l2/").body()).doesNotContain("association-complete");
    }
  }

  private static void assertPasswordLevelRefused(HttpBrowser attacker, String code) {
    HttpResponse<String> app = attacker.api("/api/otp/devices/totp", "{}");
    assertThat(app.statusCode()).as(app.body()).isEqualTo(403);
    assertThat(app.body())
        .contains("\"code\":\"" + code + "\"")
        .doesNotContain("otpauth", "manualKey", "qrPng");
    HttpResponse<String> sms =
        attacker.api("/api/otp/devices/sms", "{\"mobile\":\"" + SpidApp.mobile() + "\"}");
    assertThat(sms.statusCode()).as(sms.body()).isEqualTo(403);
    assertThat(sms.body()).contains("\"code\":\"" + code + "\"");
    HttpResponse<String> confirm =
        attacker.api("/api/otp/devices/999999999/confirm", "{\"code\":\"123456\"}");
    assertThat(confirm.statusCode()).as(confirm.body()).isIn(403, 404);
  }
}
