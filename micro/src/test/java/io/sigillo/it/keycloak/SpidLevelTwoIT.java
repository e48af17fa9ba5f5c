package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.identity.Holders;
import io.sigillo.it.identity.Holders.Holder;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.KeycloakAdmin;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.RegisteredApps;
import io.sigillo.it.support.SigningAppTokens;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantOtpPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * SPID level 2 through Keycloak for sites other than the portal: the real Keycloak with the real
 * "Sigillo level 2" provider jar (installed by scripts/keycloak.sh) and the realm's step-up browser
 * flow, calling this Sigillo's registry over its level-2 API. A relying party (an OIDC client and
 * SAML service providers made for the test) asks for a level; the test reads the level back from
 * the ID and access tokens or the SAML assertion. Codes come from the test's own TOTP app and from
 * the test SMSC over SMPP. Every test makes its own tenant, holder and relying party.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpidLevelTwoIT {

  private static final String L1 = "https://www.spid.gov.it/SpidL1";
  private static final String L2 = "https://www.spid.gov.it/SpidL2";
  private static final String FLOW = "sigillo browser";
  private static final String RESET_FLOW = "sigillo reset credentials";
  private static final String STEP = "sigillo-level-two";
  private static final Pattern OUTCOME = Pattern.compile("data-outcome=\"([A-Z_]+)\"");
  private static final Pattern CLAIM_ACR = Pattern.compile("\"acr\":\"([^\"]+)\"");
  private static final Pattern CLAIM_SID = Pattern.compile("\"sid\":\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private Holders holders;
  private KeycloakAdmin keycloak;
  private Smsc smsc;
  private final List<String> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    holders = new Holders(base);
    keycloak = new KeycloakAdmin();
    smsc = Smsc.fromEnvironment();
    pointTheStepAt(sigilloUrl());
  }

  @AfterEach
  void stop() throws IOException {
    try {
      clients.forEach(id -> keycloak.realm().clients().get(id).remove());
      keycloak.close();
      holders.close();
    } finally {
      smsc.close();
    }
  }

  @Test
  void aRelyingPartyAskingForLevelTwoGetsSpidL2OnlyAfterAValidAppCodeAndAReplayedCodeGetsNothing() {
    Person person = personWithApp();
    Rp rp = oidcRelyingParty();

    HttpBrowser browser = new HttpBrowser();
    Page step = browser.signIn(browser.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    assertThat(outcome(step)).as(step.body()).isEqualTo("ASK");
    assertThat(step.body())
        .contains(
            "Accesso con livello 2 SPID", "id=\"sigillo-l2-app\"", "id=\"sigillo-l2-sms-send\"")
        .contains("Non riesci a generare un codice?", "href=\"http://" + person.tenant());

    Page wrong = browser.submitHtml(step, "sigillo-l2-app", Map.of("code", other(person.code())));
    assertThat(outcome(wrong)).isEqualTo("REJECTED");
    assertThat(wrong.body())
        .contains("Il codice non è corretto. Tentativi rimasti prima del blocco");
    assertThat(rp.reached(wrong)).isFalse();

    String code = person.code();
    Page back = browser.submitHtml(wrong, "sigillo-l2-app", Map.of("code", code));
    Tokens tokens = rp.tokens(back);
    assertThat(tokens.idTokenAcr()).isEqualTo(L2);
    assertThat(tokens.accessTokenAcr()).isEqualTo(L2);

    // the same code again, from another browser: the registry has seen it, nothing is granted
    HttpBrowser thief = new HttpBrowser();
    Page again = thief.signIn(thief.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    Page replayed = thief.submitHtml(again, "sigillo-l2-app", Map.of("code", code));
    assertThat(outcome(replayed)).isEqualTo("REPLAYED");
    assertThat(replayed.body()).contains("Questo codice è già stato usato");
    assertThat(rp.reached(replayed)).isFalse();
  }

  @Test
  void anSmsCodeSentOverSmppGivesSpidL2AndAResendTooSoonIsRefused() throws Exception {
    Person person = personWithApp();
    Rp rp = oidcRelyingParty();

    HttpBrowser browser = new HttpBrowser();
    Page step = browser.signIn(browser.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    Page sent = browser.submitHtml(step, "sigillo-l2-sms-send", Map.of());
    assertThat(outcome(sent)).as(sent.body()).isEqualTo("SMS_SENT");
    // the number masked as Sigillo masks it: its last digits only
    String mobile = person.mobile();
    assertThat(sent.body())
        .contains(
            "Ti abbiamo mandato un codice via SMS al numero",
            "*" + mobile.substring(mobile.length() - 3))
        .doesNotContain(mobile.substring(3, mobile.length() - 3));
    Smsc.Sms sms = smsc.next();
    assertThat("+" + sms.destination()).isEqualTo(person.mobile());

    Page tooSoon = browser.submitHtml(sent, "sigillo-l2-sms-send", Map.of());
    assertThat(outcome(tooSoon)).as(tooSoon.body()).isEqualTo("SMS_TOO_SOON");
    assertThat(rp.reached(tooSoon)).isFalse();

    Page back = browser.submitHtml(tooSoon, "sigillo-l2-sms", Map.of("code", sms.code()));
    Tokens tokens = rp.tokens(back);
    assertThat(tokens.idTokenAcr()).isEqualTo(L2);
    assertThat(tokens.accessTokenAcr()).isEqualTo(L2);
  }

  @Test
  void aCodeFourMinutesEarlyShowsTheClockDriftPageAndHowToSetTheTimeToAutomatic() {
    Person person = personWithApp();
    Rp rp = oidcRelyingParty();

    HttpBrowser browser = new HttpBrowser();
    Page step = browser.signIn(browser.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    Page drift =
        browser.submitHtml(
            step,
            "sigillo-l2-app",
            Map.of("code", person.app().totp(Instant.now().plusSeconds(240))));
    assertThat(outcome(drift)).as(drift.body()).isEqualTo("CLOCK_DRIFT");
    assertThat(drift.body())
        .contains("id=\"sigillo-l2-clock-drift\"", "avanti di circa 4 minuti", "(+4 min)")
        .contains("sigillo-l2-steps-android", "sigillo-l2-steps-ios", "Data e ora")
        .doesNotContain("id=\"sigillo-l2-app\"");
    assertThat(rp.reached(drift)).isFalse();

    Page retry = browser.submitHtml(drift, "sigillo-l2-retry", Map.of());
    assertThat(outcome(retry)).isEqualTo("ASK");
    assertThat(
            rp.tokens(browser.submitHtml(retry, "sigillo-l2-app", Map.of("code", person.code())))
                .idTokenAcr())
        .isEqualTo(L2);
  }

  /**
   * After a good sign-in the replay floor is at "now": a phone three minutes slow shows the code of
   * a step below it that was never accepted. That is a clock to fix, not a wrong code (it costs no
   * attempt) and not a replay; the good code presented again still is a replay.
   */
  @Test
  void afterAGoodSignInACodeFromAClockThreeMinutesBehindShowsTheDriftPageAndAReplayStaysAReplay() {
    Person person = personWithApp();
    Rp rp = oidcRelyingParty();
    HttpBrowser browser = new HttpBrowser();
    Page step = browser.signIn(browser.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    String good = person.code();
    assertThat(
            rp.tokens(browser.submitHtml(step, "sigillo-l2-app", Map.of("code", good)))
                .idTokenAcr())
        .isEqualTo(L2);

    HttpBrowser slowPhone = new HttpBrowser();
    Page again =
        slowPhone.signIn(slowPhone.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    // early in a time step, so "three minutes behind" is six whole steps when Sigillo checks it
    awaitEarlyInAStep();
    Page drift =
        slowPhone.submitHtml(
            again,
            "sigillo-l2-app",
            Map.of("code", person.app().totp(Instant.now().minusSeconds(180))));
    assertThat(outcome(drift)).as(drift.body()).isEqualTo("CLOCK_DRIFT");
    assertThat(drift.body())
        .contains("id=\"sigillo-l2-clock-drift\"", "indietro di circa 3 minuti", "(\u22123 min)")
        .contains("sigillo-l2-steps-android", "sigillo-l2-steps-ios");
    assertThat(rp.reached(drift)).isFalse();

    Page retry = slowPhone.submitHtml(drift, "sigillo-l2-retry", Map.of());
    Page replayed = slowPhone.submitHtml(retry, "sigillo-l2-app", Map.of("code", good));
    assertThat(outcome(replayed)).as(replayed.body()).isEqualTo("REPLAYED");
    assertThat(replayed.body()).contains("Questo codice è già stato usato");
    assertThat(rp.reached(replayed)).isFalse();
  }

  private static void awaitEarlyInAStep() {
    long into = Instant.now().getEpochSecond() % 30;
    if (into > 12) {
      try {
        Thread.sleep((30 - into) * 1000L + 500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void aLockedAppShowsTheWayOutToThePortalAndNeverCompletesTheLogin() {
    Person person = personWithApp();
    TenantOtpPolicy.of(base, person.tenant())
        .set("login", "lockoutThreshold", 2)
        .set("login", "firstDelaySeconds", 0);
    Rp rp = oidcRelyingParty();

    HttpBrowser browser = new HttpBrowser();
    Page locked =
        browser.signIn(browser.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    for (int attempt = 0; attempt < 3 && !outcome(locked).equals("LOCKED"); attempt++) {
      locked = browser.submitHtml(locked, "sigillo-l2-app", Map.of("code", other(person.code())));
      assertThat(outcome(locked)).isIn("REJECTED", "LOCKED");
    }
    assertThat(outcome(locked)).as(locked.body()).isEqualTo("LOCKED");
    assertThat(locked.body())
        .contains("App OTP bloccata", "sigillo-l2-locked-steps", "id=\"sigillo-l2-portal\"")
        .contains("href=\"http://" + person.tenant())
        .doesNotContain("id=\"sigillo-l2-app\"");

    // even the right code does not open a locked app
    HttpBrowser later = new HttpBrowser();
    Page step = later.signIn(later.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
    Page stillLocked = later.submitHtml(step, "sigillo-l2-app", Map.of("code", person.code()));
    assertThat(outcome(stillLocked)).isEqualTo("LOCKED");
    assertThat(rp.reached(stillLocked)).isFalse();
  }

  @Test
  void aSessionAtLevelOneSteppingUpToLevelTwoIsAskedOnlyForTheCode() {
    Person person = personWithApp();
    Rp rp = oidcRelyingParty();

    HttpBrowser browser = new HttpBrowser();
    Page levelOne =
        browser.signIn(browser.open(rp.authorize(null)), person.username(), Holders.PASSWORD);
    Tokens first = rp.tokens(levelOne);
    assertThat(first.idTokenAcr())
        .as("a client asking nothing gets the password only")
        .isEqualTo(L1);

    Page step = browser.open(rp.authorize(L2));
    assertThat(HttpBrowser.isKeycloakLogin(step)).as(step.body()).isFalse();
    assertThat(outcome(step)).isEqualTo("ASK");
    Tokens second =
        rp.tokens(browser.submitHtml(step, "sigillo-l2-app", Map.of("code", person.code())));
    assertThat(second.idTokenAcr()).isEqualTo(L2);
    assertThat(second.accessTokenAcr()).isEqualTo(L2);
    assertThat(second.sid()).as("the same Keycloak session, stepped up").isEqualTo(first.sid());

    // at level 2 now: asking again within the session's lifetime asks nothing
    assertThat(rp.tokens(browser.open(rp.authorize(L2))).idTokenAcr()).isEqualTo(L2);
  }

  @Test
  void aSamlProviderGetsTheLevelItRequestsInTheAuthnContextClassRef() throws IOException {
    Person person = personWithApp();
    String sp = samlServiceProvider();

    HttpBrowser browser = new HttpBrowser();
    Page step =
        browser.signIn(browser.open(authnRequest(sp, L2)), person.username(), Holders.PASSWORD);
    assertThat(outcome(step)).as(step.body()).isEqualTo("ASK");
    Page posted = browser.submitHtml(step, "sigillo-l2-app", Map.of("code", person.code()));
    assertThat(samlResponse(posted))
        .contains("AuthnContextClassRef>" + L2 + "</")
        .contains(person.username());

    HttpBrowser other = new HttpBrowser();
    Page levelOne =
        other.signIn(other.open(authnRequest(sp, L1)), person.username(), Holders.PASSWORD);
    assertThat(levelOne.body()).as("no code asked at level 1").doesNotContain("sigillo-level-two");
    assertThat(samlResponse(levelOne)).contains("AuthnContextClassRef>" + L1 + "</");
  }

  @Test
  void withSigilloUnreachableTheStepShowsAnErrorPageAndNeverAsksForOrAcceptsACode() {
    Person person = personWithApp();
    Rp rp = oidcRelyingParty();
    pointTheStepAt("http://127.0.0.1:1");
    try {
      HttpBrowser browser = new HttpBrowser();
      Page step =
          browser.signIn(browser.open(rp.authorize(L2)), person.username(), Holders.PASSWORD);
      assertThat(outcome(step)).as(step.body()).isEqualTo("UNAVAILABLE");
      assertThat(step.body())
          .contains("Verifica del livello 2 non disponibile", "Riferimento per l&#39;assistenza")
          .doesNotContain("id=\"sigillo-l2-app\"", "id=\"sigillo-l2-sms-send\"");
      // a code posted anyway, as a tampering client would, is not a pass either
      Page forced =
          browser.post(
              formAction(step, "sigillo-l2-retry"),
              Map.of("sigillo-action", "app", "code", person.code()));
      assertThat(outcome(forced)).isEqualTo("UNAVAILABLE");
      assertThat(rp.reached(forced)).isFalse();
    } finally {
      pointTheStepAt(sigilloUrl());
    }
  }

  @Test
  void theTenantsSigningAppAskingForLevelTwoGetsATokenTheApiTreatsAsLevelTwo() {
    Person person = personWithApp();

    // the provisioned public app: authorization code + PKCE on a loopback redirect, asking SpidL2
    String levelTwo =
        SigningAppTokens.accessToken(
            person.tenant(),
            person.username(),
            Holders.PASSWORD,
            L2,
            (browser, step) -> {
              assertThat(outcome(step)).as(step.body()).isEqualTo("ASK");
              return browser.submitHtml(step, "sigillo-l2-app", Map.of("code", person.code()));
            });
    assertThat(claim(claims(levelTwo), CLAIM_ACR)).isEqualTo(L2);
    String levelOne =
        SigningAppTokens.accessToken(person.tenant(), person.username(), Holders.PASSWORD);
    assertThat(claim(claims(levelOne), CLAIM_ACR)).isEqualTo(L1);

    // enrolling an app needs level 2 of the person (checked in the OTP registry's EJB)
    String host = person.tenant() + ".localhost";
    HttpResponse<String> refused =
        new TenantApi(base, host, levelOne).post("/api/otp/devices/totp", "{}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("\"code\":\"OTP-060\"").doesNotContain("manualKey");
    HttpResponse<String> enrolled =
        new TenantApi(base, host, levelTwo).post("/api/otp/devices/totp", "{}");
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.body()).contains("manualKey", "otpauth://totp");
  }

  @Test
  void aPersonWithNeitherAppNorVerifiedMobileIsSentToThePortal() {
    String tenant = holders.tenant("l2", "Alpha Fiduciaria");
    String username = Account.uniqueName("anna");
    String email = username + "@" + tenant + ".example";
    holders.account(tenant, username, email);
    Database.insertIdentity(
        tenant, username, "Anna", "Bianchi", email, SpidApp.mobile(), null, false);
    Rp rp = oidcRelyingParty();

    HttpBrowser browser = new HttpBrowser();
    Page step = browser.signIn(browser.open(rp.authorize(L2)), username, Holders.PASSWORD);
    assertThat(outcome(step)).as(step.body()).isEqualTo("NO_METHOD");
    assertThat(step.body())
        .contains(
            "Nessun metodo di livello 2", "id=\"sigillo-l2-portal\"", "href=\"http://" + tenant)
        .doesNotContain("id=\"sigillo-l2-app\"", "id=\"sigillo-l2-sms-send\"");
    assertThat(rp.reached(step)).isFalse();
  }

  @Test
  void
      aForgottenPasswordIsResetFromThePortalsLoginPageWithTheMailedLinkPlusAnSmsCodeAndTheLinkWorksOnce()
          throws Exception {
    Person person = personWithApp();
    String email = person.username() + "@" + person.tenant() + ".example";
    String chosen = "Nuova-Password-" + UUID.randomUUID().toString().substring(0, 8);
    Rp rp = oidcRelyingParty();
    // the reset flow's step calls this Sigillo too (the realm file shares one config; not relied
    // on)
    pointTheStepAt(RESET_FLOW, sigilloUrl());
    try (Mailbox mailbox = new Mailbox()) {
      // the branded sign-in page of the tenant's portal (client portal-<tenant>): username, then
      // "Password dimenticata?" on the password page
      HttpBrowser browser = new HttpBrowser();
      Page login =
          browser.open(HttpBrowser.on(base, person.tenant() + ".localhost", "/credentials/"));
      Page password = login;
      if (!login.body().contains("name=\"password\"")) {
        assertThat(HttpBrowser.isKeycloakLogin(login)).as(login.body()).isTrue();
        password =
            browser.submitHtml(login, "kc-form-login", Map.of("username", person.username()));
      }
      Matcher forgot =
          Pattern.compile(
                  "href=\"([^\"]*login-actions/reset-credentials[^\"]*)\"[^>]*>Password dimenticata\\?")
              .matcher(password.body());
      assertThat(forgot.find()).as(password.body()).isTrue();
      Page ask = browser.open(password.url().resolve(HttpBrowser.unescape(forgot.group(1))));
      assertThat(ask.body())
          .contains("kc-reset-password-form", "codice dell&#39;app OTP o via SMS");
      Page sent =
          browser.submitHtml(ask, "kc-reset-password-form", Map.of("username", person.username()));
      assertThat(sent.body()).as(sent.body()).contains("riceverai a breve un");

      Mailbox.Mail mail = mailbox.latest(email, 1);
      assertThat(mail.subject()).isEqualTo("Sigillo: reimposta la password SPID");
      assertThat(mail.body()).contains("codice dell'app OTP o un codice via SMS");
      Matcher href =
          Pattern.compile("(http\\S+/login-actions/action-token\\S+)").matcher(mail.body());
      assertThat(href.find()).as(mail.body()).isTrue();
      URI link = URI.create(href.group(1));

      // the link alone: Sigillo's level-2 step of the portal's tenant, no new password field
      Page step = browser.open(link);
      assertThat(outcome(step)).as(step.body()).isEqualTo("ASK");
      assertThat(step.body()).doesNotContain("password-new");
      // a new password posted to the step, as a tampering client holding only the mailbox would:
      // still the step, nothing set
      URI stepAction = formAction(step, "sigillo-l2-app");
      Page forced =
          browser.post(stepAction, Map.of("password-new", chosen, "password-confirm", chosen));
      assertThat(outcome(forced)).as(forced.body()).isEqualTo("ASK");
      assertThat(forced.body()).doesNotContain("kc-passwd-update-form");
      assertThat(signsIn(rp, person.username(), chosen)).as("the link alone set nothing").isFalse();

      // the SMS code, then the new password
      Page smsSent = browser.submitHtml(forced, "sigillo-l2-sms-send", Map.of());
      assertThat(outcome(smsSent)).as(smsSent.body()).isEqualTo("SMS_SENT");
      Smsc.Sms sms = smsc.next();
      assertThat("+" + sms.destination()).isEqualTo(person.mobile());
      Page update = browser.submitHtml(smsSent, "sigillo-l2-sms", Map.of("code", sms.code()));
      assertThat(update.body()).as(update.body()).contains("kc-passwd-update-form");
      Page done =
          browser.submitHtml(
              update,
              "kc-passwd-update-form",
              Map.of("password-new", chosen, "password-confirm", chosen));
      assertThat(done.body()).doesNotContain("kc-passwd-update-form", "kc-reset-password-form");

      assertThat(signsIn(rp, person.username(), chosen)).as("the new password").isTrue();
      assertThat(signsIn(rp, person.username(), Holders.PASSWORD)).as("the old one").isFalse();

      // the same link again, from the mail: Keycloak's clear error page, nothing to fill in
      Page reused = new HttpBrowser().open(link);
      assertThat(reused.body())
          .as(reused.body())
          .contains("è scaduto o è già stato usato")
          .doesNotContain("kc-passwd-update-form", "sigillo-l2-app");
    }
  }

  @Test
  void anExpiredResetLinkGetsKeycloaksClearErrorPageAndChangesNothing() throws Exception {
    Person person = personWithApp();
    String email = person.username() + "@" + person.tenant() + ".example";
    Rp rp = oidcRelyingParty();
    RealmResource realm = keycloak.realm();
    RealmRepresentation before = realm.toRepresentation();
    Integer lifespan = before.getActionTokenGeneratedByUserLifespan();
    URI link;
    try (Mailbox mailbox = new Mailbox()) {
      // Keycloak's own "forgot password" address, as a relying party's sign-in page links it
      HttpBrowser browser = new HttpBrowser();
      Page ask =
          browser.open(
              URI.create(
                  Environment.keycloakUrl()
                      + "/realms/sigillo/login-actions/reset-credentials?client_id="
                      + rp.clientId()));
      assertThat(ask.body()).as(ask.body()).contains("kc-reset-password-form");
      // links that live one second, for this mail only
      RealmRepresentation shortLived = realm.toRepresentation();
      shortLived.setActionTokenGeneratedByUserLifespan(1);
      realm.update(shortLived);
      try {
        browser.submitHtml(ask, "kc-reset-password-form", Map.of("username", email));
        Matcher href =
            Pattern.compile("(http\\S+/login-actions/action-token\\S+)")
                .matcher(mailbox.latest(email, 1).body());
        assertThat(href.find()).isTrue();
        link = URI.create(href.group(1));
      } finally {
        RealmRepresentation restored = realm.toRepresentation();
        restored.setActionTokenGeneratedByUserLifespan(lifespan);
        realm.update(restored);
      }
    }
    Thread.sleep(3_000);
    Page expired = new HttpBrowser().open(link);
    assertThat(expired.body())
        .as(expired.body())
        .contains("è scaduto o è già stato usato")
        .doesNotContain("kc-passwd-update-form", "sigillo-l2-app");
    assertThat(signsIn(rp, person.username(), Holders.PASSWORD)).isTrue();
  }

  /** Whether a fresh browser signs in to the relying party with this password. */
  private static boolean signsIn(Rp rp, String username, String password) {
    HttpBrowser browser = new HttpBrowser();
    return rp.reached(browser.signIn(browser.open(rp.authorize(null)), username, password));
  }

  // ---------------------------------------------------------------------------------------------

  /** A holder of a provisioned tenant with an active app (as a migration would leave it). */
  private record Person(String tenant, String username, String mobile, OtpApp app) {

    /** The app's code of the current time step. */
    String code() {
      return app.totp(Instant.now());
    }
  }

  private Person personWithApp() {
    String tenant = holders.tenant("l2", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "mario", SpidApp.mobile());
    byte[] secret = new byte[20];
    new SecureRandom().nextBytes(secret);
    RegisteredApps.insert(tenant, holder.username(), secret, "SHA1", 6, 30);
    return new Person(tenant, holder.username(), holder.mobile(), OtpApp.of(secret));
  }

  private static String other(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  private static String outcome(Page page) {
    Matcher matcher = OUTCOME.matcher(page.body());
    return matcher.find() ? matcher.group(1) : "(no level-2 page: " + page.url() + ")";
  }

  /** Where Sigillo runs for this test, as Keycloak (on the same machine) reaches it. */
  private String sigilloUrl() {
    return base.toString().replace("://localhost:", "://127.0.0.1:").replaceAll("/$", "");
  }

  /** The step's {@code sigillo.url}, as an administrator sets it in the admin console. */
  private void pointTheStepAt(String url) {
    pointTheStepAt(FLOW, url);
  }

  private void pointTheStepAt(String flow, String url) {
    AuthenticationManagementResource flows = keycloak.realm().flows();
    String configId =
        flows.getExecutions(flow).stream()
            .filter(execution -> STEP.equals(execution.getProviderId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + STEP + " in the flow " + flow))
            .getAuthenticationConfig();
    AuthenticatorConfigRepresentation config = flows.getAuthenticatorConfig(configId);
    config.getConfig().put("sigillo.url", url);
    flows.updateAuthenticatorConfig(configId, config);
  }

  private static URI formAction(Page page, String formId) {
    Matcher form =
        Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
    assertThat(form.find()).as(page.body()).isTrue();
    return page.url().resolve(HttpBrowser.unescape(form.group(1)));
  }

  // --- an OIDC relying party -------------------------------------------------------------------

  /** What a relying party reads from the tokens it got. */
  private record Tokens(String idTokenAcr, String accessTokenAcr, String sid) {}

  /** A confidential OIDC client of a public-administration site, made for the test. */
  private record Rp(String clientId, String secret) {

    static final String CALLBACK = Environment.keycloakUrl() + "/rp-callback";

    URI authorize(String acr) {
      String query =
          "client_id="
              + clientId
              + "&response_type=code&scope=openid&state="
              + UUID.randomUUID()
              + "&nonce="
              + UUID.randomUUID()
              + "&redirect_uri="
              + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
              + (acr == null
                  ? ""
                  : "&acr_values=" + URLEncoder.encode(acr, StandardCharsets.UTF_8));
      return URI.create(
          Environment.keycloakUrl() + "/realms/sigillo/protocol/openid-connect/auth?" + query);
    }

    /** Whether the browser was sent back to the site (with a code), i.e. the login completed. */
    boolean reached(Page page) {
      return page.url().toString().startsWith(CALLBACK);
    }

    /** The code the browser brought back, exchanged at the token endpoint as the site does. */
    Tokens tokens(Page callback) {
      assertThat(reached(callback)).as(callback.url() + "\n" + callback.body()).isTrue();
      Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback.url().getRawQuery());
      assertThat(code.find()).as(callback.url().toString()).isTrue();
      HttpResponse<String> response =
          Http.send(
              URI.create(
                  Environment.keycloakUrl() + "/realms/sigillo/protocol/openid-connect/token"),
              "POST",
              null,
              "application/x-www-form-urlencoded",
              "grant_type=authorization_code&code="
                  + code.group(1)
                  + "&redirect_uri="
                  + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
                  + "&client_id="
                  + clientId
                  + "&client_secret="
                  + secret);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      String idToken = claims(field(response.body(), "id_token"));
      String accessToken = claims(field(response.body(), "access_token"));
      return new Tokens(
          claim(idToken, CLAIM_ACR), claim(accessToken, CLAIM_ACR), claim(idToken, CLAIM_SID));
    }
  }

  private Rp oidcRelyingParty() {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(Account.uniqueName("pa-site"));
    client.setPublicClient(false);
    client.setSecret(UUID.randomUUID().toString());
    client.setStandardFlowEnabled(true);
    client.setDirectAccessGrantsEnabled(false);
    client.setRedirectUris(List.of(Rp.CALLBACK));
    clients.add(keycloak.createClient(client));
    return new Rp(client.getClientId(), client.getSecret());
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as(json).isTrue();
    return matcher.group(1);
  }

  private static String claims(String jwt) {
    return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  private static String claim(String claims, Pattern pattern) {
    Matcher matcher = pattern.matcher(claims);
    return matcher.find() ? matcher.group(1) : null;
  }

  // --- a SAML service provider -----------------------------------------------------------------

  private static final String ACS = Environment.keycloakUrl() + "/saml-acs";

  /** A SAML SP made for the test: unsigned requests, POST binding back to an ACS never called. */
  private String samlServiceProvider() {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId("urn:it:" + Account.uniqueName("pa-sp"));
    client.setProtocol("saml");
    client.setRedirectUris(List.of(ACS));
    client.setAttributes(
        Map.of(
            "saml.client.signature", "false",
            "saml.authnstatement", "true",
            "saml_assertion_consumer_url_post", ACS,
            "saml_name_id_format", "username"));
    clients.add(keycloak.createClient(client));
    return client.getClientId();
  }

  /** The SP's AuthnRequest over the HTTP-Redirect binding, asking for a level (minimum). */
  private static URI authnRequest(String sp, String level) throws IOException {
    String destination = Environment.keycloakUrl() + "/realms/sigillo/protocol/saml";
    String request =
        ("<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_%s\" Version=\"2.0\""
                + " IssueInstant=\"%s\" Destination=\"%s\" AssertionConsumerServiceURL=\"%s\""
                + " ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\">"
                + "<saml:Issuer>%s</saml:Issuer>"
                + "<samlp:RequestedAuthnContext Comparison=\"minimum\">"
                + "<saml:AuthnContextClassRef>%s</saml:AuthnContextClassRef>"
                + "</samlp:RequestedAuthnContext></samlp:AuthnRequest>")
            .formatted(UUID.randomUUID(), Instant.now(), destination, ACS, sp, level);
    Deflater deflater = new Deflater(Deflater.DEFLATED, true);
    deflater.setInput(request.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      deflated.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return URI.create(
        destination
            + "?SAMLRequest="
            + URLEncoder.encode(
                Base64.getEncoder().encodeToString(deflated.toByteArray()),
                StandardCharsets.UTF_8));
  }

  /** The assertion Keycloak posts back to the SP (the auto-submitting form's SAMLResponse). */
  private static String samlResponse(Page page) {
    Matcher value =
        Pattern.compile("name=\"SAMLResponse\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(value.find()).as(page.body()).isTrue();
    return new String(
        Base64.getMimeDecoder().decode(HttpBrowser.unescape(value.group(1))),
        StandardCharsets.UTF_8);
  }
}
