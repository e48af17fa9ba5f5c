package io.sigillo.it.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Level 2 cannot be reached around its step: a session that proved the password only, or a recovery
 * session, asks the OTP API for a new app of its own, to confirm it with its own code and present
 * that code on the level-2 step. The registry refuses both, gives out no seed, and the person's
 * level-2 step is untouched. The portal's level 2 is what Keycloak's ID token says ({@code acr}): a
 * level-1 session reaches no credential action, and a step-up answered without SpidL2 (the level
 * taken out of the request, or the step cancelled) grants nothing.
 *
 * <p>Staff step up too (item 6). An operator or platform administrator who typed only the password
 * reaches no console, page or API: the consoles send them to the staff step-up page, and a POST, a
 * session call to the API is refused with SIG-090. Their first OTP device comes only through a
 * one-time link to the address Keycloak holds for them: the link works once, for them alone, and
 * then the code of that app opens the consoles.
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
      assertThat(HttpBrowser.isLevelTwoStep(stepUp)).as(stepUp.body()).isTrue();
      assertPasswordLevelRefused(attacker, "OTP-060");

      // recovery: the password plus a code to the registered mobile opens credential management,
      // where the re-association asks for an SMS code again; the API is not a way around it
      Page recovery = attacker.open("/recovery/");
      Page sent = attacker.submit(recovery, "recovery", Map.of(), "sms");
      Page credentials =
          attacker.submit(sent, "recovery", Map.of("code", smsc.next().code()), "verify");
      assertThat(credentials.body()).contains("recovery-session");
      assertPasswordLevelRefused(attacker, "OTP-060");
      Page identity = attacker.get(attacker.at("/identity/"));
      assertThat(identity.status()).isEqualTo(403);
      assertThat(identity.body()).contains("IDN-012");
    }
  }

  private static final Pattern ACR_VALUES = Pattern.compile("&acr_values=[^&]*");
  private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

  @Test
  void aLevelOneSessionReachesNoCredentialActionAndAStepUpWithoutSpidL2GrantsNoLevelTwo()
      throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = platform.newTenant("abuse-acr", "Abusi Fiduciaria");
      String victim = Account.uniqueName("vittima");
      platform.createAccount(slug, Account.user(slug, victim).withPassword(PASSWORD));
      SpidApp.identity(slug, victim, SpidApp.mobile());
      HttpBrowser attacker = new HttpBrowser(base, slug + ".localhost");
      Page step = attacker.signIn(attacker.open("/account/"), victim, PASSWORD);
      assertThat(step.path()).as(step.body()).endsWith("/account/");

      // a portal session at level 1 (Keycloak's too): every level-2 page goes to Keycloak's step
      Page toKeycloak = attacker.get(attacker.at("/credentials/"));
      assertThat(toKeycloak.status()).isEqualTo(302);
      String stepUp = toKeycloak.header("Location");
      assertThat(stepUp).contains("/realms/", "acr_values=https%3A%2F%2Fwww.spid.gov.it%2FSpidL2");
      Page action = attacker.get(attacker.at("/credentials/reconfigure.xhtml"));
      assertThat(action.status()).isEqualTo(302);
      assertThat(action.header("Location")).contains("acr_values=");
      HttpBrowser.Form posted =
          new HttpBrowser.Form(attacker.at("/credentials/reconfigure.xhtml"), Map.of("x", "1"));
      Page post = attacker.post(posted.action(), posted.fields());
      assertThat(post.status()).isEqualTo(401);
      assertThat(post.body()).contains("IDN-011");
      assertPasswordLevelRefused(attacker, "OTP-060");

      // the step-up's own request with the level taken out: Keycloak answers at once at level 1,
      // and the portal, which asked for level 2, grants nothing (IDN-019, not a 500, no loop)
      String stripped = ACR_VALUES.matcher(stepUp).replaceAll("");
      Page downgraded = attacker.open(URI.create(stripped));
      assertThat(downgraded.status()).as(downgraded.body()).isEqualTo(403);
      assertThat(downgraded.body()).contains("IDN-019");
      assertThat(attacker.get(attacker.at("/credentials/")).status()).isEqualTo(302);
      assertPasswordLevelRefused(attacker, "OTP-060");

      // cancelled at Keycloak's step (an error instead of a code): a catalogued page, and the
      // level-1 session stays, so the recovery remains open to its owner
      String cancelled = attacker.get(attacker.at("/identity/")).header("Location");
      Matcher state = STATE.matcher(cancelled);
      assertThat(state.find()).isTrue();
      Page error =
          attacker.open(attacker.at("/login/callback?error=access_denied&state=" + state.group(1)));
      assertThat(error.status()).as(error.body()).isEqualTo(403);
      assertThat(error.body()).contains("IDN-019");
      assertThat(attacker.open("/recovery/").body()).contains("id=\"recovery\"");
      assertThat(attacker.get(attacker.at("/identity/")).status()).isEqualTo(302);
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

  private static final Pattern LINK = Pattern.compile("(http\\S+/staff/\\?activation=\\S+)");
  private static final Pattern MANUAL_KEY =
      Pattern.compile("id=\"manual-key\"[^>]*>([A-Z2-7 ]+)</code>");

  private static Mailbox mailbox;

  @BeforeAll
  static void mail() {
    mailbox = new Mailbox();
  }

  @AfterAll
  static void closeMail() {
    mailbox.close();
  }

  @Test
  void theFirstDeviceComesByALinkToTheStaffMembersOwnAddressUsableOnceAndOpensTheConsole()
      throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = platform.newTenant("staff", "Staff Servizi");
      String host = slug + ".localhost";
      String olga = "olga-" + slug;
      String ugo = "ugo-" + slug;
      platform.createAccount(slug, olga, "user", "operator");
      platform.createAccount(slug, ugo, "user", "operator");

      // password alone: the console is the step-up page, with no device yet
      HttpBrowser browser = new HttpBrowser(base, host).manualStaffStepUp();
      HttpBrowser.Page stepUp =
          browser.signIn(browser.open("/operator/?q=Rossi"), olga, Account.PASSWORD);
      assertThat(stepUp.path()).endsWith("/staff/");
      assertThat(stepUp.body()).contains("id=\"activation\"").doesNotContain("Rossi");

      // what the password-only session cannot do instead
      HttpBrowser.Page post =
          browser.post(
              browser.at("/operator/tokens.xhtml"), Map.of("jakarta.faces.ViewState", "x"));
      assertThat(post.status()).isEqualTo(403);
      assertThat(post.body()).contains("SIG-090");
      HttpResponse<String> listing =
          browser.api("GET", "/api/otp/devices?owner=" + ugo, null, null);
      assertThat(listing.statusCode()).isEqualTo(403);
      assertThat(listing.body()).doesNotContain("\"owner\":\"" + ugo + "\"");

      // the link goes to olga's own address; ugo, signed in on the same portal, cannot use it
      HttpBrowser.Page sent = browser.submit(stepUp, "activation", Map.of(), "send");
      assertThat(sent.body()).contains("o***@" + slug + ".example");
      Mailbox.Mail mail = mailbox.latest(olga + "@" + slug + ".example", 1);
      Matcher link = LINK.matcher(mail.body());
      assertThat(link.find()).as("link in: %s", mail.body()).isTrue();
      URI activation = URI.create(link.group(1).replace("&amp;", "&"));
      HttpBrowser other = new HttpBrowser(base, host).manualStaffStepUp();
      HttpBrowser.Page notHis = other.signIn(other.open(activation), ugo, Account.PASSWORD);
      assertThat(notHis.body()).contains("OTP-066").doesNotContain("manual-key");

      // olga opens it: her app's key, its first code, and the console opens
      HttpBrowser.Page activate = browser.open(activation);
      Matcher key = MANUAL_KEY.matcher(activate.body());
      assertThat(key.find()).as("manual key on: %s", activate.body()).isTrue();
      OtpApp app = OtpApp.fromBase32(key.group(1));
      HttpBrowser.Page console =
          browser.submit(activate, "firstcode", Map.of("code", app.totp(Instant.now())), "confirm");
      assertThat(console.status()).isEqualTo(200);
      assertThat(console.path()).endsWith("/operator/");

      // the link is used up: a fresh sign-in gets the code form, the link opens nothing
      HttpBrowser again = new HttpBrowser(base, host).manualStaffStepUp();
      HttpBrowser.Page reused = again.signIn(again.open(activation), olga, Account.PASSWORD);
      assertThat(reused.body())
          .contains("OTP-066", "id=\"staffcode\"")
          .doesNotContain("manual-key");
      waitForNextStep();
      HttpBrowser.Page opened =
          again.submit(reused, "staffcode", Map.of("code", app.totp(Instant.now())), "verify");
      assertThat(opened.path()).endsWith("/operator/");
      assertThat(again.open("/operator/tokens.xhtml").status()).isEqualTo(200);
    }
  }

  @Test
  void aPlatformAdministratorSignedInWithThePasswordAloneGetsNoPlatformPageOrApi() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = platform.newTenant("staff", "Staff Servizi");
      String admin = platform.keycloak().createPlatformOperator();
      HttpBrowser browser = new HttpBrowser(base, slug + ".localhost").manualStaffStepUp();
      HttpBrowser.Page stepUp = browser.signIn(browser.open("/platform/"), admin, Account.PASSWORD);
      assertThat(stepUp.path()).endsWith("/staff/");
      assertThat(stepUp.body())
          .contains("<h1>Conferma di accesso del personale</h1>", "id=\"activation\"")
          .doesNotContain("id=\"tenants\"");

      HttpResponse<String> tenants = browser.api("GET", "/api/platform/tenants", null, null);
      assertThat(tenants.statusCode()).isEqualTo(403);
      assertThat(tenants.body()).contains("\"code\":\"SIG-090\"").doesNotContain(slug);
      HttpResponse<String> created =
          browser.api(
              "POST",
              "/api/platform/tenants",
              "application/json",
              "{\"slug\":\"x" + slug + "\",\"displayName\":\"X\",\"hosts\":[\"x.localhost\"]}");
      assertThat(created.statusCode()).isEqualTo(403);
      assertThat(
              platform
                  .get("/api/platform/tenants/x" + slug, "Bearer " + platform.token())
                  .statusCode())
          .isEqualTo(404);
      // the platform's back end, with its own client secret, still works
      assertThat(platform.get("/api/platform/tenants", "Bearer " + platform.token()).statusCode())
          .isEqualTo(200);
    }
  }

  /** A TOTP code is accepted once per time step: the second sign-in waits for a fresh one. */
  private static void waitForNextStep() throws InterruptedException {
    long period = 30;
    long now = Instant.now().getEpochSecond();
    Thread.sleep((period - now % period) * 1000 + 200);
  }
}
