package io.sigillo.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.identity.Holders.Holder;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.EnrolmentForms;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.RegisteredApps;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import io.sigillo.it.support.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The identity pages as a holder uses them, black-box over HTTP: Keycloak's real login form, the
 * level-2 gate and Keycloak's level-2 step it sends the browser to, credential management, the
 * re-association of the OTP app, the mobile change and the recovery. SMS arrive at the test's SMSC
 * over SMPP, e-mails at the test's SMTP server (GreenMail); app codes come from the test's own
 * TOTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityPortalIT {

  private static final Pattern MANUAL_KEY = Pattern.compile("id=\"manual-key\"[^>]*>([A-Z2-7 ]+)<");
  private static final Pattern OUTCOME = Pattern.compile("data-outcome=\"([A-Z_]+)\"");
  private static final Pattern RECOVERY_LINK =
      Pattern.compile("id=\"sigillo-l2-portal\"[^>]*href=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private Smsc smsc;
  private Mailbox mailbox;
  private Holders holders;

  @BeforeEach
  void start() throws Exception {
    smsc = Smsc.fromEnvironment();
    mailbox = new Mailbox();
    holders = new Holders(base);
  }

  @AfterEach
  void stop() throws Exception {
    holders.close();
    mailbox.close();
    smsc.close();
  }

  private static String mobile() {
    return "+39333" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  private URI on(Holder holder, String path) {
    return HttpBrowser.on(base, holder.host(), path);
  }

  /**
   * Signs in with the password (level 1, a portal session) and lands on Keycloak's level-2 step,
   * where the gate sends everyone who opens a level-2 page.
   */
  private Page signInToCredentials(HttpBrowser browser, Holder holder) {
    Page login = browser.open(on(holder, "/credentials/"));
    assertThat(HttpBrowser.isKeycloakLogin(login)).as(login.body()).isTrue();
    Page stepUp = browser.signIn(login, holder.username(), Holders.PASSWORD);
    assertThat(HttpBrowser.isLevelTwoStep(stepUp)).as(stepUp.url() + stepUp.body()).isTrue();
    assertThat(browser.cookieNames(holder.host())).contains("JSESSIONID");
    return stepUp;
  }

  private static String outcome(Page page) {
    Matcher matcher = OUTCOME.matcher(page.body());
    return matcher.find() ? matcher.group(1) : "(no level-2 step: " + page.url() + ")";
  }

  /** Level 2 by an SMS code on Keycloak's step: back on credential management. */
  private Page levelTwoBySms(HttpBrowser browser, Page stepUp, Holder holder) throws Exception {
    Page sent = browser.submitHtml(stepUp, "sigillo-l2-sms-send", Map.of());
    assertThat(sent.body()).contains("Ti abbiamo mandato un codice");
    Smsc.Sms sms = smsc.next();
    assertThat("+" + sms.destination()).isEqualTo(holder.mobile());
    Page credentials = browser.submitHtml(sent, "sigillo-l2-sms", Map.of("code", sms.code()));
    assertThat(credentials.path()).endsWith("/credentials/");
    return credentials;
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  void aNewHolderReassociatesTheOtpAppSignsInAgainWithItAndIsToldOfTheLevelTwoUse()
      throws Exception {
    String tenant = holders.tenant("idm", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "mario", mobile());
    HttpBrowser browser = new HttpBrowser();

    Page stepUp = signInToCredentials(browser, holder);
    assertThat(outcome(stepUp)).isEqualTo("ASK");
    assertThat(stepUp.body())
        .contains("Accesso con livello 2", "id=\"sigillo-l2-sms-send\"")
        .doesNotContain("id=\"sigillo-l2-app\"");
    Page sent = browser.submitHtml(stepUp, "sigillo-l2-sms-send", Map.of());
    String loginCode = smsc.next().code();
    Page rejected = browser.submitHtml(sent, "sigillo-l2-sms", Map.of("code", wrong(loginCode)));
    assertThat(outcome(rejected)).isEqualTo("REJECTED");
    Page credentials = browser.submitHtml(rejected, "sigillo-l2-sms", Map.of("code", loginCode));
    assertThat(credentials.path()).endsWith("/credentials/");
    assertThat(credentials.body())
        .contains("Gestione credenziali", "credential-PASSWORD", "state-NOT_CONFIGURED", "Associa");

    Page confirm = browser.open(on(holder, "/credentials/reconfigure.xhtml"));
    assertThat(confirm.body()).contains("step-confirm");
    Page smsStep = browser.submit(confirm, "reconfigure", Map.of(), "confirm");
    assertThat(smsStep.body()).contains("step-sms", "code-sent");
    Smsc.Sms sms = smsc.next();
    // no app yet: a first association, and the SMS says so
    assertThat(sms.text()).contains("associare l'app OTP").doesNotContain("riconfigurare");
    Page tooSoon = browser.submit(smsStep, "reconfigure", Map.of(), "resend");
    assertThat(tooSoon.body()).contains("OTP-051");
    Page wrongSms =
        browser.submit(tooSoon, "reconfigure", Map.of("smsCode", wrong(sms.code())), "verify");
    assertThat(wrongSms.body()).contains("outcome-wrong", "Tentativi rimasti: 2");
    Page associate =
        browser.submit(wrongSms, "reconfigure", Map.of("smsCode", sms.code()), "verify");
    assertThat(associate.body())
        // a first association: no old app to speak of
        .contains("step-associate", "first-association", "association-steps", "Nel portale")
        .doesNotContain("old-app-revoked")
        .contains("src=\"data:image/png;base64,");
    Matcher key = MANUAL_KEY.matcher(associate.body());
    assertThat(key.find()).isTrue();
    OtpApp app = OtpApp.fromBase32(key.group(1));

    Page wrongFirst =
        browser.submit(
            associate,
            "reconfigure",
            Map.of("firstCode", wrong(app.totp(Instant.now()))),
            "confirmApp");
    assertThat(wrongFirst.body()).contains("outcome-first-code-wrong", "step-associate");
    Page done =
        browser.submit(
            wrongFirst, "reconfigure", Map.of("firstCode", app.totp(Instant.now())), "confirmApp");
    assertThat(done.body()).contains("step-done", "association-complete");
    Mailbox.Mail notice = mailbox.latest(holder.email(), 1);
    assertThat(notice.subject()).isEqualTo("Alpha Fiduciaria: la tua app OTP è stata cambiata");
    assertThat(notice.body()).contains("Se non sei stato tu").doesNotContain(key.group(1));
    assertThat(browser.open(on(holder, "/credentials/")).body())
        .contains("credential-OTP_APP", "state-ACTIVE");

    // the holder asks to be told of every level-2 sign-in from now on
    Page identity = browser.open(on(holder, "/identity/"));
    assertThat(browser.submit(identity, "identity", Map.of("notice", "true"), "saveNotice").body())
        .contains("done-notice");

    browser.open(on(holder, "/logout"));
    HttpBrowser later = new HttpBrowser();
    Page again = signInToCredentials(later, holder);
    assertThat(again.body()).contains("id=\"sigillo-l2-app\"");
    // a phone four minutes ahead: the code is right for another time, and the page says so
    Page drift = later.levelTwoByApp(again, app.totp(Instant.now().plusSeconds(240)));
    assertThat(outcome(drift)).isEqualTo("CLOCK_DRIFT");
    assertThat(drift.body())
        .contains("id=\"sigillo-l2-clock-drift\"", "avanti di circa 4 minuti", "(+4 min)")
        .contains("sigillo-l2-steps-android", "sigillo-l2-steps-ios", "Data e ora");
    Page retry = later.submitHtml(drift, "sigillo-l2-retry", Map.of());
    Page inside = later.levelTwoByApp(retry, app.totp(Instant.now().plusSeconds(30)));
    assertThat(inside.path()).endsWith("/credentials/");
    assertThat(inside.body()).contains("state-ACTIVE");
    assertThat(mailbox.latest(holder.email(), 2).subject())
        .isEqualTo("Alpha Fiduciaria: accesso con livello 2");
  }

  @Test
  void recoveryByEmailOpensCredentialManagementOnlyAndEveryOtherPageStillNeedsLevelTwo()
      throws Exception {
    String tenant = holders.tenant("idm", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "giulia", mobile());
    HttpBrowser browser = new HttpBrowser();
    Page step = signInToCredentials(browser, holder);
    // "I can't generate a code?" on Keycloak's step leads to the portal's recovery
    Matcher link = RECOVERY_LINK.matcher(step.body());
    assertThat(link.find()).as(step.body()).isTrue();
    assertThat(HttpBrowser.unescape(link.group(1)))
        .endsWith(holder.host() + ":" + base.getPort() + base.getPath() + "recovery/");

    Page recovery = browser.open(on(holder, "/recovery/"));
    assertThat(recovery.body()).contains("id=\"recovery\"");
    Page sent = browser.submit(recovery, "recovery", Map.of(), "email");
    assertThat(sent.body()).contains("code-sent", "g***@" + tenant + ".example");
    Mailbox.Mail code = mailbox.latest(holder.email(), 1);
    assertThat(code.subject()).isEqualTo("Alpha Fiduciaria: codice per il recupero dell'accesso");
    Page tooSoon = browser.submit(sent, "recovery", Map.of(), "resendEmail");
    assertThat(tooSoon.body()).contains("IDN-008", "code-sent");
    Page wrongCode =
        browser.submit(tooSoon, "recovery", Map.of("code", wrong(code.code())), "verify");
    assertThat(wrongCode.body()).contains("outcome-wrong", "Tentativi rimasti: 2");
    Page credentials = browser.submit(wrongCode, "recovery", Map.of("code", code.code()), "verify");

    assertThat(credentials.path()).endsWith("/credentials/");
    assertThat(credentials.body()).contains("recovery-session", "state-SUSPENDED");
    Page identityPage = browser.get(on(holder, "/identity/"));
    assertThat(identityPage.status()).isEqualTo(403);
    assertThat(identityPage.body()).contains("IDN-012").doesNotContain(holder.email());
    assertThat(browser.open(on(holder, "/credentials/reconfigure.xhtml")).body())
        .contains("step-confirm");
    Mailbox.Mail notice = mailbox.latest(holder.email(), 2);
    assertThat(notice.subject())
        .isEqualTo("Alpha Fiduciaria: accesso di recupero alla tua identità");

    HttpBrowser elsewhere = new HttpBrowser();
    Page stepUp = signInToCredentials(elsewhere, holder);
    // level 2 is suspended since the recovery: Keycloak's step offers no code, only the portal
    assertThat(outcome(stepUp)).isEqualTo("NO_METHOD");
    assertThat(stepUp.body())
        .contains("id=\"sigillo-l2-portal\"")
        .doesNotContain("id=\"sigillo-l2-sms-send\"", "id=\"sigillo-l2-app\"");
  }

  @Test
  void theSpidPasswordChangesAtLevelTwoOnlyWithTheRightCurrentOneAndNeverFromARecoverySession()
      throws Exception {
    String tenant = holders.tenant("idm", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "paola", mobile());
    String chosen = "Nuova-Password-2026";

    // a recovery session (password + a code to the mailbox) reaches the page but changes nothing;
    // recovery suspends level 2, so another holder of the tenant tries it
    Holder recovered = holders.holder(tenant, "piero", mobile());
    HttpBrowser recovering = new HttpBrowser();
    signInToCredentials(recovering, recovered);
    Page recovery = recovering.open(on(recovered, "/recovery/"));
    Page mailed = recovering.submit(recovery, "recovery", Map.of(), "email");
    Page recoverySession =
        recovering.submit(
            mailed,
            "recovery",
            Map.of("code", mailbox.latest(recovered.email(), 1).code()),
            "verify");
    assertThat(recoverySession.body()).contains("recovery-session");
    Page refused =
        recovering.submit(
            recovering.open(on(recovered, "/credentials/password.xhtml")),
            "password",
            Map.of("current", Holders.PASSWORD, "chosen", chosen, "confirmation", chosen),
            "change");
    assertThat(signsIn(recovered, chosen)).isFalse();
    assertThat(refused.body())
        .contains("TEN-041", "Serve l'accesso con livello 2")
        .doesNotContain("password-changed");

    HttpBrowser browser = new HttpBrowser();
    Page credentials = levelTwoBySms(browser, signInToCredentials(browser, holder), holder);
    assertThat(credentials.body())
        .contains("id=\"change-password\"", "Password dimenticata?")
        .doesNotContain("La password si cambia dalla pagina di accesso");
    Page form = browser.open(on(holder, "/credentials/password.xhtml"));
    Page wrong =
        browser.submit(
            form,
            "password",
            Map.of("current", "Sbagliata-2026", "chosen", chosen, "confirmation", chosen),
            "change");
    assertThat(wrong.body())
        .contains("TEN-042", "Password attuale non corretta")
        .doesNotContain("password-changed", chosen);
    Page different =
        browser.submit(
            wrong,
            "password",
            Map.of("current", Holders.PASSWORD, "chosen", chosen, "confirmation", chosen + "x"),
            "change");
    assertThat(different.body()).contains("TEN-044").doesNotContain("password-changed");
    Page tooShort =
        browser.submit(
            different,
            "password",
            Map.of("current", Holders.PASSWORD, "chosen", "corta", "confirmation", "corta"),
            "change");
    assertThat(tooShort.body()).contains("TEN-043").doesNotContain("password-changed");
    // none of them changed anything: the old password still signs in (no sign-in with the new one
    // here: two failures within a second are Keycloak's quick-login lockout,
    // user_temporarily_disabled)
    assertThat(signsIn(holder, Holders.PASSWORD)).isTrue();

    Page done =
        browser.submit(
            tooShort,
            "password",
            Map.of("current", Holders.PASSWORD, "chosen", chosen, "confirmation", chosen),
            "change");
    assertThat(done.body()).contains("password-changed", "Password cambiata");
    assertThat(signsIn(holder, chosen)).isTrue();
    assertThat(signsIn(holder, Holders.PASSWORD)).isFalse();
  }

  /** Whether a fresh browser gets past Keycloak's sign-in page with this password. */
  private boolean signsIn(Holder holder, String password) {
    HttpBrowser browser = new HttpBrowser();
    Page after =
        browser.signIn(browser.open(on(holder, "/credentials/")), holder.username(), password);
    // the password was taken when Keycloak goes on to the level-2 step /credentials/ asks for
    return HttpBrowser.isLevelTwoStep(after)
        || (!HttpBrowser.isKeycloakLogin(after) && after.url().getHost().equals(holder.host()));
  }

  @Test
  void theMobileNumberChangesAfterThePasswordACodeByEmailAndACodeToTheNewNumber() throws Exception {
    String tenant = holders.tenant("idm", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "luca", mobile());
    String newMobile = mobile();
    HttpBrowser browser = new HttpBrowser();
    levelTwoBySms(browser, signInToCredentials(browser, holder), holder);

    Page form = browser.open(on(holder, "/credentials/mobile.xhtml"));
    Page badPassword =
        browser.submit(
            form,
            "mobile",
            Map.of("password", "not-the-password", "newMobile", newMobile),
            "start");
    assertThat(badPassword.body()).contains("IDN-013", "step-password");
    Page notAMobile =
        browser.submit(
            badPassword,
            "mobile",
            Map.of("password", Holders.PASSWORD, "newMobile", "06 1234 5678"),
            "start");
    assertThat(notAMobile.body()).contains("IDN-050", "«06 1234 5678»").doesNotContain("IDN-003");
    // typed as Italians type it: 0039 and spaces; the code goes to the E.164 number
    Page emailStep =
        browser.submit(
            notAMobile,
            "mobile",
            Map.of("password", Holders.PASSWORD, "newMobile", "0039 " + spacedNational(newMobile)),
            "start");
    assertThat(emailStep.body()).contains("step-email");
    Mailbox.Mail code = mailbox.latest(holder.email(), 1);
    assertThat(code.subject())
        .isEqualTo("Alpha Fiduciaria: codice per cambiare il numero di cellulare");
    Page smsStep = browser.submit(emailStep, "mobile", Map.of("code", code.code()), "verifyEmail");
    assertThat(smsStep.body()).contains("step-sms");
    Smsc.Sms sms = smsc.next();
    assertThat("+" + sms.destination()).isEqualTo(newMobile);
    Page wrongSms =
        browser.submit(smsStep, "mobile", Map.of("code", wrong(sms.code())), "verifySms");
    assertThat(wrongSms.body()).contains("outcome-wrong");
    Page done = browser.submit(wrongSms, "mobile", Map.of("code", sms.code()), "verifySms");

    assertThat(done.body()).contains("step-done", "mobile-changed");
    assertThat(browser.open(on(holder, "/identity/")).body()).contains(newMobile);
    Mailbox.Mail notice = mailbox.latest(holder.email(), 2);
    assertThat(notice.subject()).isEqualTo("Alpha Fiduciaria: il numero di cellulare è cambiato");
    assertThat(notice.body())
        .contains(newMobile.substring(newMobile.length() - 3))
        .doesNotContain(newMobile);
  }

  @Test
  void theHolderSuspendsAndReactivatesTheIdentityAndRevocationNeedsAConfirmation()
      throws Exception {
    String tenant = holders.tenant("idm", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "anna", mobile());
    HttpBrowser browser = new HttpBrowser();
    levelTwoBySms(browser, signInToCredentials(browser, holder), holder);

    Page identity = browser.open(on(holder, "/identity/"));
    assertThat(identity.body()).contains("status-ACTIVE", holder.email());
    Page suspended =
        browser.submit(identity, "identity", Map.of("reason", "telefono rubato"), "suspend");
    assertThat(suspended.body()).contains("status-SUSPENDED", "done-suspended");
    Page reactivated = browser.submit(suspended, "identity", Map.of(), "reactivate");
    assertThat(reactivated.body()).contains("status-ACTIVE", "done-reactivated");
    Page noticeOn = browser.submit(reactivated, "identity", Map.of("notice", "true"), "saveNotice");
    assertThat(noticeOn.body()).contains("done-notice");
    Page notRevoked = browser.submit(noticeOn, "identity", Map.of(), "revoke");
    assertThat(notRevoked.body()).contains("status-ACTIVE", "message-info");

    assertThat(mailbox.to(holder.email(), 2))
        .extracting(Mailbox.Mail::subject)
        .containsExactly(
            "Alpha Fiduciaria: identità SPID sospesa",
            "Alpha Fiduciaria: identità SPID riattivata");
  }

  @Test
  void onAnotherTenantTheSamePersonFindsNoneOfTheFirstTenantsIdentity() throws Exception {
    String alpha = holders.tenant("idm", "Alpha Fiduciaria");
    String beta = holders.tenant("idm", "Beta Servizi");
    Holder holder = holders.holder(alpha, "omonimo", mobile());
    // the platform API never merges two tenants' accounts: an administrator shares it on purpose
    holders.shareWithTenant(holder.username(), beta);
    HttpBrowser browser = new HttpBrowser();
    levelTwoBySms(browser, signInToCredentials(browser, holder), holder);
    Holder onBeta =
        new Holder(beta, beta + ".localhost", holder.username(), holder.email(), holder.mobile());

    // single sign-on at Keycloak: no password form, and Keycloak's session is at level 2 within its
    // lifetime (the person proved alpha's app, and Keycloak's level is the account's) ...
    Page betaCredentials = browser.open(on(onBeta, "/credentials/"));
    // ... but beta has no identity of this person: nothing of alpha's is shown or usable
    assertThat(betaCredentials.path()).as(betaCredentials.body()).endsWith("/credentials/");
    assertThat(betaCredentials.body())
        .contains("Beta Servizi")
        .doesNotContain("Alpha Fiduciaria", holder.email(), "credential-", "state-");
    assertThat(browser.open(on(onBeta, "/identity/")).body())
        .doesNotContain("Alpha Fiduciaria", holder.email(), holder.mobile());
    assertThat(browser.open(on(holder, "/identity/")).body()).contains(holder.email());
  }

  // Keycloak's "Sigillo level 2" step asks Sigillo over /api/level-two with a token of its own
  // client (sigillo-level-two, client credentials, the realm role level-two-broker)

  private static final String BROKER_CLIENT = "sigillo-level-two";
  private static final String BROKER_SECRET = "sigillo-level-two-dev-secret";
  private static final Pattern CLOCK_OFFSET = Pattern.compile("\"clockOffsetSeconds\":(-?\\d+)");
  private static final Pattern REMAINING = Pattern.compile("\"remainingAttempts\":(\\d+)");

  /** A call as Keycloak makes it: on Sigillo's own address, no tenant host, JSON. */
  private HttpResponse<String> levelTwo(
      String method, String path, String token, String json, String... headers) {
    List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
    if (token != null) {
      all.addAll(List.of("Authorization", "Bearer " + token));
    }
    all.addAll(List.of(headers));
    try {
      return Http.send(
          base.toURI().resolve(path.substring(1)),
          method,
          null,
          json == null ? null : "application/json",
          json,
          all.toArray(String[]::new));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String masked(String mobile) {
    return "*".repeat(mobile.length() - 3) + mobile.substring(mobile.length() - 3);
  }

  private static int group(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  @Test
  void keycloaksLevelTwoStepChecksTheHoldersAppAndSmsCodesThroughTheRegistry() throws Exception {
    String tenant = holders.tenant("idl2", "Alpha Fiduciaria");
    Holder holder = holders.holder(tenant, "mario", mobile());
    byte[] seed = new byte[20];
    ThreadLocalRandom.current().nextBytes(seed);
    RegisteredApps.insert(tenant, holder.username(), seed, "SHA1", 6, 30);
    OtpApp app = OtpApp.of(seed);
    String token = Tokens.clientCredentials(BROKER_CLIENT, BROKER_SECRET);
    String person = "/api/level-two/" + tenant + "/persons/" + holder.username();

    HttpResponse<String> methods = levelTwo("GET", person + "/methods", token, null);
    assertThat(methods.statusCode()).as(methods.body()).isEqualTo(200);
    assertThat(methods.body())
        .contains(
            "\"identity\":\"ACTIVE\"",
            "\"app\":true",
            "\"sms\":true",
            "\"maskedMobile\":\"" + masked(holder.mobile()) + "\"",
            "\"portalUrl\":\"http://"
                + holder.host()
                + ":"
                + base.getPort()
                + base.getPath()
                + "recovery/\"");

    String code = app.totp(Instant.now());
    HttpResponse<String> accepted =
        levelTwo("POST", person + "/app-code", token, "{\"code\":\"" + code + "\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.body()).contains("\"check\":\"ACCEPTED\"", "\"clockOffsetSeconds\":null");
    HttpResponse<String> replayed =
        levelTwo("POST", person + "/app-code", token, "{\"code\":\"" + code + "\"}");
    assertThat(replayed.body()).contains("\"check\":\"REPLAYED\"");
    // a phone whose clock is four minutes ahead: never accepted, the offset measured
    HttpResponse<String> ahead =
        levelTwo(
            "POST",
            person + "/app-code",
            token,
            "{\"code\":\"" + app.totp(Instant.now().plus(Duration.ofMinutes(4))) + "\"}");
    assertThat(ahead.body()).contains("\"check\":\"CLOCK_DRIFT\"");
    assertThat(group(CLOCK_OFFSET, ahead.body())).isBetween(210, 270);
    HttpResponse<String> rejected =
        levelTwo(
            "POST",
            person + "/app-code",
            token,
            "{\"code\":\"" + wrong(app.totp(Instant.now())) + "\"}");
    assertThat(rejected.body()).contains("\"check\":\"REJECTED\"");
    assertThat(group(REMAINING, rejected.body())).isPositive();

    // an SMS code over SMPP, in the language Keycloak passes on
    HttpResponse<String> sent =
        levelTwo("POST", person + "/sms", token, null, "Accept-Language", "en");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body())
        .contains("\"challengeId\":\"", "\"maskedMobile\":\"" + masked(holder.mobile()) + "\"")
        .containsPattern("\"expiresInSeconds\":[1-9]")
        .containsPattern("\"resendInSeconds\":[1-9]");
    String challengeId = TenantApi.group("\"challengeId\":\"([^\"]+)\"", sent.body());
    Smsc.Sms sms = smsc.next();
    assertThat("+" + sms.destination()).isEqualTo(holder.mobile());
    assertThat(sms.text()).contains("Alpha Fiduciaria", "your code to sign in");
    HttpResponse<String> tooSoon = levelTwo("POST", person + "/sms", token, null);
    assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(429);
    assertThat(tooSoon.body())
        .contains("\"code\":\"OTP-051\"", "\"correlationId\":\"")
        .containsPattern("\"retryAfterSeconds\":[1-9]");
    assertThat(tooSoon.headers().firstValue("Retry-After")).isPresent();
    HttpResponse<String> wrongSms =
        levelTwo(
            "POST",
            person + "/sms-code",
            token,
            "{\"challengeId\":\"" + challengeId + "\",\"code\":\"" + wrong(sms.code()) + "\"}");
    assertThat(wrongSms.body()).contains("\"check\":\"REJECTED\"", "\"remainingAttempts\":2");
    HttpResponse<String> smsAccepted =
        levelTwo(
            "POST",
            person + "/sms-code",
            token,
            "{\"challengeId\":\"" + challengeId + "\",\"code\":\"" + sms.code() + "\"}");
    assertThat(smsAccepted.body()).contains("\"check\":\"ACCEPTED\"");

    // the audit trail names the step that asked, not the person
    assertThat(Database.auditActors(tenant, "identity.level2.checked"))
        .hasSize(6)
        .containsOnly("service-account-" + BROKER_CLIENT);
  }

  @Test
  void onlyKeycloaksLevelTwoStepReachesTheLevelTwoApiAndAPersonWithoutIdentityHasNone() {
    TestTenants.Tenant tenant = TestTenants.active("idl2n", "Beta Servizi", "#102030", "#405060");
    String broker = Tokens.clientCredentials(BROKER_CLIENT, BROKER_SECRET);
    String methods = "/api/level-two/" + tenant.slug() + "/persons/nessuno.qui/methods";

    HttpResponse<String> none = levelTwo("GET", methods, broker, null);
    assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
    assertThat(none.body())
        .contains(
            "\"identity\":\"NONE\"",
            "\"app\":false",
            "\"sms\":false",
            "\"maskedMobile\":null",
            "\"portalUrl\":\"http://" + tenant.host() + ":");

    HttpResponse<String> unknown =
        levelTwo("GET", "/api/level-two/no-such-tenant/persons/x/methods", broker, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"code\":\"TEN-005\"", "\"correlationId\":\"");
    HttpResponse<String> disabled =
        levelTwo(
            "GET",
            "/api/level-two/" + TestTenants.disabled("idl2d", "Off").slug() + "/persons/x/methods",
            broker,
            null);
    assertThat(disabled.statusCode()).isEqualTo(404);
    String appCode = "/api/level-two/" + tenant.slug() + "/persons/nessuno.qui/app-code";
    HttpResponse<String> malformed = levelTwo("POST", appCode, broker, "{\"code\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("\"code\":\"SIG-006\"").doesNotContain("Exception");
    assertThat(levelTwo("POST", appCode, broker, "{}").body()).contains("\"code\":\"SIG-006\"");

    // the step's token opens nothing else: neither the platform's API nor a tenant's
    assertThat(levelTwo("GET", "/api/platform/tenants", broker, null).statusCode()).isEqualTo(403);
    assertThat(
            Http.get(
                    base,
                    "/api/otp/devices",
                    tenant.host(),
                    "Authorization",
                    "Bearer " + broker,
                    "Accept",
                    "application/json")
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> anonymous = levelTwo("GET", methods, null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("\"code\":\"SIG-010\"", "\"correlationId\":\"");
    try (TenantClient client = new TenantClient(base, tenant.slug())) {
      String personToken = client.token(client.person("anna"));
      for (String other : List.of(client.serviceToken(), personToken)) {
        HttpResponse<String> refused = levelTwo("GET", methods, other, null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"SIG-", "\"correlationId\":\"");
      }
      // on the tenant's own host, where its tokens carry their roles, no better
      HttpResponse<String> onTenant =
          Http.get(
              base,
              methods,
              tenant.host(),
              "Authorization",
              "Bearer " + personToken,
              "Accept",
              "application/json");
      assertThat(onTenant.statusCode()).as(onTenant.body()).isEqualTo(403);
    }
  }

  private static final Pattern ACTIVATION_LINK =
      Pattern.compile("https?://\\S+?(/activate\\.xhtml\\?token=[A-Za-z0-9_-]+)");
  private static final Pattern SCAN_LINK =
      Pattern.compile("/operator/scan\\?u=[^&]+&amp;id=([0-9]+)");

  /** "+393331234567" as Italians type it: "333 123 4567". */
  private static String spacedNational(String e164) {
    String national = e164.substring(3);
    return national.substring(0, 3) + " " + national.substring(3, 6) + " " + national.substring(6);
  }

  private static Map<String, String> with(Map<String, String> form, String field, String value) {
    Map<String, String> changed = new java.util.HashMap<>(form);
    changed.put(field, value);
    return changed;
  }

  @Test
  void anOperatorEnrolsACustomerWithProofingWhoActivatesTheAccountFromTheEmailAndSignsIn()
      throws Exception {
    String tenant = holders.tenant("enr", "Alpha Fiduciaria");
    String other = holders.tenant("enx", "Beta Servizi");
    String host = tenant + ".localhost";
    String operator = holders.operator(tenant);
    String customer = io.sigillo.it.support.Account.uniqueName("cliente");
    String email = customer + "@" + tenant + ".example";
    String mobile = mobile();
    // typed as the customer reads it out: "333 123 4567"; stored and texted as +39…
    Map<String, String> form = EnrolmentForms.marioRossi(customer, email, spacedNational(mobile));
    byte[] scan = io.sigillo.it.support.Pngs.black(40, 25);
    String identities = "select count(*) from identity where tenant_id = ? and username = ?";

    HttpBrowser desk = new HttpBrowser(base, host);
    Page page = desk.signIn(desk.open("/operator/enrol.xhtml"), operator, Holders.PASSWORD);
    assertThat(page.path()).endsWith("/operator/enrol.xhtml");
    // forged proofing data: refused with a clear error, nothing stored
    String yesterday = java.time.LocalDate.now().minusDays(1).toString();
    Page refused =
        desk.submitMultipart(
            page,
            "enrol",
            with(form, "documentExpiry", yesterday),
            "scan",
            "ci.png",
            scan,
            "start");
    assertThat(refused.body()).contains("IDN-037", yesterday);
    // a number that is no mobile number: a message about the number, as sentences
    refused =
        desk.submitMultipart(
            refused, "enrol", with(form, "mobile", "333 12"), "scan", "ci.png", scan, "start");
    assertThat(refused.body())
        .contains("IDN-050", "«333 12»")
        .contains("<p class=\"message-title\"><strong>Numero di cellulare non valido</strong></p>")
        .contains("<p class=\"message-next\"><strong>Cosa fare:</strong>")
        .doesNotContain("IDN-003");
    refused =
        desk.submitMultipart(
            refused,
            "enrol",
            with(form, "codiceFiscale", "RSSMRA80A01H501X"),
            "scan",
            "ci.png",
            scan,
            "start");
    assertThat(refused.body()).contains("IDN-003", "codiceFiscale");
    // another person's tax code: the data on the document do not match it
    refused =
        desk.submitMultipart(
            refused,
            "enrol",
            with(form, "birthDate", "1981-01-01"),
            "scan",
            "ci.png",
            scan,
            "start");
    assertThat(refused.body()).contains("IDN-038", "birthDate");
    refused =
        desk.submitMultipart(
            refused, "enrol", form, "scan", "ci.txt", "not a scan".getBytes(), "start");
    assertThat(refused.body()).contains("IDN-039");
    assertThat(Database.count(identities, tenant, customer)).isZero();

    Page codes = desk.submitMultipart(refused, "enrol", form, "scan", "ci.png", scan, "start");
    assertThat(codes.body()).as(codes.body()).contains("step-codes");
    Smsc.Sms sms = smsc.next();
    assertThat("+" + sms.destination()).isEqualTo(mobile);
    String emailCode = mailbox.latest(email, 1).code();
    Page wrong =
        desk.submit(
            codes,
            "codes",
            Map.of("smsCode", sms.code(), "emailCode", wrong(emailCode)),
            "confirm");
    assertThat(wrong.body()).contains("IDN-041").doesNotContain("id=\"enrolled\"");
    Page enrolled =
        desk.submit(wrong, "codes", Map.of("smsCode", "", "emailCode", emailCode), "confirm");
    assertThat(enrolled.body()).contains("id=\"enrolled\"");

    Page person = desk.open("/operator/person.xhtml?u=" + customer);
    assertThat(person.body()).contains("id=\"proofing\"", "CA12345AB", operator, "ci.png");
    Matcher scanLink = SCAN_LINK.matcher(person.body());
    assertThat(scanLink.find()).as(person.body()).isTrue();
    String scanPath = "/operator/scan?u=" + customer + "&id=" + scanLink.group(1);
    Page opened = desk.open(scanPath);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.header("Content-Type")).startsWith("image/png");
    assertThat(Database.auditActors(tenant, "identity.document-scan.viewed")).contains(operator);
    // at rest the scan is ciphertext, not the PNG
    assertThat(
            Database.count(
                "select count(*) from identity_document_scan where tenant_id = ?"
                    + " and position(decode('89504e47', 'hex') in sealed_content) > 0",
                tenant))
        .isZero();

    // another reseller's operator sees neither the record nor the scan
    String stranger = holders.operator(other);
    HttpBrowser otherDesk = new HttpBrowser(base, other + ".localhost");
    otherDesk.signIn(otherDesk.open("/operator/"), stranger, Holders.PASSWORD);
    assertThat(otherDesk.open("/operator/person.xhtml?u=" + customer).body())
        .contains("IDN-001")
        .doesNotContain("CA12345AB");
    Page foreignScan = otherDesk.open(scanPath);
    assertThat(foreignScan.status()).isEqualTo(404);
    assertThat(foreignScan.body()).contains("IDN-001");
    assertThat(Database.auditActors(tenant, "identity.document-scan.viewed"))
        .doesNotContain(stranger);

    // the customer's activation e-mail: an expired link and a reused one change nothing
    Mailbox.Mail activation = mailbox.latest(email, 2);
    Matcher link = ACTIVATION_LINK.matcher(activation.body());
    assertThat(link.find()).as(activation.body()).isTrue();
    assertThat(activation.subject()).contains("Alpha Fiduciaria");
    String activationPath = HttpBrowser.unescape(link.group(1));
    HttpBrowser customerBrowser = new HttpBrowser(base, host);
    Database.update(
        "update identity_activation set expires_at = now() - interval '1 minute'"
            + " where tenant_id = ?",
        tenant);
    assertThat(customerBrowser.open(activationPath).body())
        .contains("IDN-043")
        .doesNotContain("id=\"activation\"");
    // the customer calls the reseller: the operator sends a new link, the old one stays dead
    Page resent =
        desk.submit(
            desk.open("/operator/person.xhtml?u=" + customer), "activation", Map.of(), "send");
    assertThat(resent.body()).contains("Nuovo link di attivazione");
    Matcher newLink = ACTIVATION_LINK.matcher(mailbox.latest(email, 3).body());
    assertThat(newLink.find()).isTrue();
    String expiredPath = activationPath;
    activationPath = HttpBrowser.unescape(newLink.group(1));
    assertThat(activationPath).isNotEqualTo(expiredPath);
    Page activate = customerBrowser.open(activationPath);
    assertThat(activate.body()).contains("id=\"activation\"", customer);
    String password = "Nuova-Password-" + customer;
    Page differ =
        customerBrowser.submit(
            activate,
            "activation",
            Map.of("password", password, "repeated", password + "x"),
            "activate");
    assertThat(differ.body()).contains("IDN-047");
    Page done =
        customerBrowser.submit(
            differ, "activation", Map.of("password", password, "repeated", password), "activate");
    assertThat(done.body()).contains("id=\"activated\"", "/credentials/");
    assertThat(customerBrowser.open(activationPath).body()).contains("IDN-044");
    assertThat(customerBrowser.open(expiredPath).body()).contains("IDN-043");
    assertThat(
            desk.submit(
                    desk.open("/operator/person.xhtml?u=" + customer),
                    "activation",
                    Map.of(),
                    "send")
                .body())
        .contains("IDN-040");

    // the customer signs in with the new password and is led to associate the app
    Holder enrolledCustomer = new Holder(tenant, host, customer, email, mobile);
    HttpBrowser signIn = new HttpBrowser();
    Page login = signIn.open(on(enrolledCustomer, "/credentials/"));
    Page stepUp = signIn.signIn(login, customer, password);
    assertThat(HttpBrowser.isKeycloakLogin(stepUp)).as(stepUp.body()).isFalse();
    Page credentials = levelTwoBySms(signIn, stepUp, enrolledCustomer);
    assertThat(credentials.body()).contains("state-NOT_CONFIGURED", "Associa");
  }

  /**
   * The customer never reads out the first SMS: the operator sends a new one (not before the
   * tenant's pause), the first code no longer works and the new one does; the operator leaves and
   * comes back to the pending enrolment from the person's page. A stale tab proves the refusals the
   * page no longer offers: a contact already proven, an identity no longer pending.
   */
  @Test
  void anOperatorSendsAPendingEnrolmentsCodesAgainAndComesBackToItLater() throws Exception {
    String tenant = holders.tenant("ens", "Alpha Fiduciaria");
    Database.quickSmsCodes(tenant);
    String host = tenant + ".localhost";
    String operator = holders.operator(tenant);
    String customer = io.sigillo.it.support.Account.uniqueName("cliente");
    String email = customer + "@" + tenant + ".example";
    String mobile = mobile();
    String maskedMobile = "*".repeat(mobile.length() - 3) + mobile.substring(mobile.length() - 3);
    String maskedEmail = customer.charAt(0) + "***@" + tenant + ".example";
    String resumePath = "/operator/enrol.xhtml?u=" + customer;

    HttpBrowser desk = new HttpBrowser(base, host);
    Page page = desk.signIn(desk.open("/operator/enrol.xhtml"), operator, Holders.PASSWORD);
    Page codes =
        desk.submitMultipart(
            page,
            "enrol",
            EnrolmentForms.marioRossi(customer, email, spacedNational(mobile)),
            "scan",
            "ci.png",
            io.sigillo.it.support.Pngs.black(40, 25),
            "start");
    assertThat(codes.body())
        .as(codes.body())
        .contains("step-codes", "id=\"codes:resendSms\"", "id=\"codes:resendEmail\"");
    Instant firstSent = Instant.now();
    String lostCode = smsc.next().code();
    String emailCode = mailbox.latest(email, 1).code();

    // straight away: too soon for either contact, and the code typed so far stays in the form
    Page tooSoon = desk.submit(codes, "codes", Map.of("emailCode", emailCode), "resendSms");
    assertThat(tooSoon.body())
        .contains("IDN-062", "appena stato mandato a " + maskedMobile, "secondi")
        .contains("value=\"" + emailCode + "\"");
    tooSoon = desk.submit(tooSoon, "codes", Map.of("emailCode", emailCode), "resendEmail");
    assertThat(tooSoon.body())
        .contains("IDN-062", "appena stato mandato a " + maskedEmail)
        .contains("value=\"" + emailCode + "\"");
    assertThat(smsc.nothingReceived()).isTrue();

    afterSmsCooldown(firstSent);
    Page resent = desk.submit(tooSoon, "codes", Map.of("emailCode", emailCode), "resendSms");
    assertThat(resent.body())
        .contains("Nuovo codice mandato per SMS a " + maskedMobile)
        .contains("value=\"" + emailCode + "\"");
    Instant secondSent = Instant.now();
    Smsc.Sms second = smsc.next();
    assertThat("+" + second.destination()).isEqualTo(mobile);
    assertThat(mailbox.to(email, 1)).hasSize(1);

    // a second tab on the same pending enrolment, left open
    Page staleTab = desk.open(resumePath);
    assertThat(staleTab.body()).contains("id=\"resumed\"", "id=\"codes:resendEmail\"");

    // the customer reads out the first SMS: no longer valid; the e-mail code is
    Page oldCode =
        desk.submit(
            resent, "codes", Map.of("smsCode", lostCode, "emailCode", emailCode), "confirm");
    assertThat(oldCode.body())
        .contains("IDN-041", "Indirizzo e-mail " + maskedEmail + ": confermato")
        .doesNotContain("id=\"enrolled\"", "id=\"codes:resendEmail\"");
    Page proven = desk.submit(staleTab, "codes", Map.of(), "resendEmail");
    assertThat(proven.body()).contains("IDN-061", maskedEmail);
    assertThat(mailbox.to(email, 1)).hasSize(1);

    // later, from the person's page: the enrolment is continued with a new SMS
    Page person = desk.open("/operator/person.xhtml?u=" + customer);
    assertThat(person.body()).contains("id=\"continue-enrolment\"", resumePath);
    Page resumed = desk.open(resumePath);
    assertThat(resumed.body())
        .contains("id=\"resumed\"", "Cellulare " + maskedMobile + ": da confermare")
        .doesNotContain("id=\"codes:smsCode\"", "id=\"codes:resendEmail\"");
    afterSmsCooldown(secondSent);
    Page third = desk.submit(resumed, "codes", Map.of(), "resendSms");
    assertThat(third.body()).contains("Nuovo codice mandato per SMS a " + maskedMobile);
    String newCode = smsc.next().code();
    Page refused = desk.submit(third, "codes", Map.of("smsCode", second.code()), "confirm");
    assertThat(refused.body()).contains("IDN-041").doesNotContain("id=\"enrolled\"");
    Page enrolled = desk.submit(refused, "codes", Map.of("smsCode", newCode), "confirm");
    assertThat(enrolled.body()).contains("id=\"enrolled\"");
    assertThat(Database.auditActors(tenant, "identity.enrolment.code-resent"))
        .containsExactly(operator, operator);
    assertThat(Database.auditDetails(tenant, "identity.enrolment.code-resent"))
        .containsOnly("SMS to " + maskedMobile);

    // the identity is active: a tab still open on the enrolment cannot send codes any more
    Page active = desk.submit(staleTab, "codes", Map.of(), "resendSms");
    assertThat(active.body()).contains("IDN-060", customer);
    assertThat(smsc.nothingReceived()).isTrue();
    assertThat(desk.open(resumePath).body()).contains("IDN-060").doesNotContain("step-codes");
    assertThat(desk.open("/operator/person.xhtml?u=" + customer).body())
        .doesNotContain("continue-enrolment");
    assertThat(desk.open("/operator/enrol.xhtml?u=nessuno.qui").body()).contains("IDN-001");
  }

  private static void afterSmsCooldown(Instant lastCode) throws InterruptedException {
    long wait = Duration.between(Instant.now(), lastCode.plusSeconds(11)).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  @Test
  void anOperatorImportsMigratingCustomersFromCsvWithADryRunPerLineErrorsAndNoDoubles()
      throws Exception {
    String tenant = holders.tenant("imp", "Alpha Fiduciaria");
    String operator = holders.operator(tenant);
    String mario = io.sigillo.it.support.Account.uniqueName("mario");
    String giulia = io.sigillo.it.support.Account.uniqueName("giulia");
    String mail = mario + "@" + tenant + ".example";
    String csv =
        "username,givenName,surname,sex,birthDate,placeOfBirth,provinceOfBirth,codiceFiscale,"
            + "email,mobile\n"
            + String.join(
                ",",
                mario,
                "Mario",
                "Rossi",
                "M",
                "1980-01-01",
                "Roma",
                "RM",
                "RSSMRA80A01H501U",
                mail,
                mobile())
            + "\n"
            // the municipality typed as the province: the codice fiscale says Rome
            + String.join(
                ",",
                giulia,
                "Giulia",
                "Bianchi",
                "F",
                "1982-03-01",
                "Milano",
                "MI",
                "BNCGLI82C41H501I",
                giulia + "@" + tenant + ".example",
                mobile())
            + "\n"
            + String.join(
                ",",
                mario + "-bis",
                "Mario",
                "Rossi",
                "M",
                "1980-01-01",
                "Roma",
                "RM",
                "RSSMRA80A01H501U",
                "bis-" + mail,
                mobile())
            + "\n"
            + "not,a,line\n";
    byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String identities = "select count(*) from identity where tenant_id = ?";

    HttpBrowser desk = new HttpBrowser(base, tenant + ".localhost");
    Page page = desk.signIn(desk.open("/operator/identities.xhtml"), operator, Holders.PASSWORD);
    Page dryRun =
        desk.submitMultipart(page, "identities", Map.of(), "file", "c.csv", file, "check");
    assertThat(dryRun.body()).as(dryRun.body()).contains("id=\"report-added\">1<");
    assertThat(dryRun.body())
        .contains("id=\"report-rejected\">3<", "IDN-038", "placeOfBirth", "IDN-049", "IDN-048");
    assertThat(Database.count(identities, tenant)).isZero();

    Page imported =
        desk.submitMultipart(dryRun, "identities", Map.of(), "file", "c.csv", file, "import");
    assertThat(imported.body()).contains("id=\"report-added\">1<", "id=\"report-rejected\">3<");
    assertThat(Database.count(identities, tenant)).isEqualTo(1);
    assertThat(mailbox.latest(mail, 1).body()).contains("/activate.xhtml?token=");

    Page again =
        desk.submitMultipart(imported, "identities", Map.of(), "file", "c.csv", file, "import");
    assertThat(again.body()).contains("id=\"report-added\">0<", "id=\"report-present\">1<");
    assertThat(Database.count(identities, tenant)).isEqualTo(1);
    assertThat(Database.auditActors(tenant, "identity.import.committed")).contains(operator);
  }
}
