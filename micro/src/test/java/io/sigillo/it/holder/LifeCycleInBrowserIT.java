package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Pngs;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TenantOtpPolicy;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The credential life cycle of issue 14 in headless Chromium, each walk from the first page a
 * person or an operator opens: a holder whose token is lost switches to the app and renews; a
 * person resets the SPID password from Keycloak's page with the mailed link and an SMS code; an
 * operator enrols a customer with a proofing record and the customer activates the account and
 * associates the app; an operator suspends and reactivates a certificate while openssl watches the
 * CRL; the emergency code shown once at the order suspends without any device. Waits are shortened
 * through the tenant's own policies (TOTP window, renewal window), never by moving the clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifeCycleInBrowserIT {

  private static final String LOGIN_PASSWORD = "It-Ciclo-Password-1";
  private static final Pattern EMERGENCY_CODE = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
  private static final Pattern ACTIVATION_LINK =
      Pattern.compile("https?://\\S+?(/activate\\.xhtml\\?token=[A-Za-z0-9_-]+)");
  private static final Pattern RESET_LINK =
      Pattern.compile("(http\\S+/login-actions/action-token\\S+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  /**
   * Anna signs with a token and loses it. The device page says she has no app and leads her to
   * credential management (it used to offer an empty list: a dead end); she passes level 2 by SMS,
   * associates the app from the QR code, comes back, replaces the token with the app (signature
   * password, a code to her mobile, a code of the app) and renews the certificate with the app.
   */
  @Test
  void aHolderWithALostTokenAssociatesTheAppSwitchesToItAndRenewsWithIt() throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Chromium chromium = new Chromium(1280, 1600)) {
      String slug = admin.newTenant("hlost", "Token Perso Fiduciaria");
      String host = slug + ".localhost";
      // signature codes of the next time steps at once, rather than 30 s apart
      TenantOtpPolicy.of(base, slug).set("sign", "totpWindowSteps", 3);
      String person = Account.uniqueName("anna");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      String serial =
          HolderSteps.tokenInStock(new TenantApi(base, host, admin.keycloak().backEndToken(slug)));

      orderWithToken(chromium, host, person, anna, serial);

      // the token is lost: the device page, where a replacement starts
      chromium.open(Chromium.on(base, host, "/signature/device.xhtml"));
      chromium.awaitVisible(By.id("replace-device"));
      assertThat(chromium.awaitVisible(By.id("no-app")).getText())
          .contains("gestione delle credenziali");
      assertThat(chromium.all("#toApp\\:appId")).isEmpty();
      chromium.click("#associate-app");
      chromium.levelTwoBySms(smsc);
      chromium.awaitVisible(By.cssSelector("table.credentials"));
      OtpApp app = SpidApp.associate(chromium, smsc);
      Supplier<String> nextCode = codesAfter(app, Instant.now());

      chromium.open(Chromium.on(base, host, "/signature/device.xhtml"));
      assertThat(chromium.all("#no-app")).isEmpty();
      chromium.type("#replace\\:password", HolderSteps.PASSWORD);
      chromium.submit("#replace\\:start");
      chromium.await("#toApp\\:smsCode");
      Smsc.Sms sms = smsc.next();
      assertThat(sms.destination()).isEqualTo(anna.mobile().substring(1));
      chromium.type("#toApp\\:smsCode", sms.code());
      assertThat(new Select(chromium.find("#toApp\\:appId")).getOptions()).hasSize(1);
      chromium.type("#toApp\\:code", nextCode.get());
      chromium.submit("#toApp\\:replaceWithApp");
      chromium.awaitVisible(By.cssSelector(".device-confirmed"));
      assertThat(chromium.awaitTextOf(".device-type", "App OTP")).doesNotContain(serial);
      assertThat(
              Database.count(
                  "select count(*) from otp_device where tenant_id = ? and serial = ?"
                      + " and status in ('REVOKED', 'LOST')",
                  slug,
                  serial))
          .isEqualTo(1);

      // the reseller opens renewal early (a window longer than the certificate): she renews now
      HttpResponse<String> widened =
          admin.send(
              "PUT",
              "/api/platform/tenants/" + slug + "/signature-policy",
              "application/json",
              "{\"certificateValidityDays\":1185,\"renewalWindowDays\":1100}"
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(widened.statusCode()).as(widened.body()).isEqualTo(200);
      chromium.open(Chromium.on(base, host, "/signature/renewal.xhtml"));
      chromium.type("#renew\\:password", HolderSteps.PASSWORD);
      chromium.type("#renew\\:otp", nextCode.get());
      chromium.submit("#renew\\:sign");
      assertThat(chromium.awaitTextOf(".renewal-done", "Certificato rinnovato"))
          .contains("nuova coppia di chiavi");
      chromium.open(Chromium.on(base, host, "/signature/certificates.xhtml"));
      chromium.await("#certificates");
      assertThat(chromium.all(".certificate-row")).hasSize(2);
    }
  }

  /**
   * The order's completion page shows the emergency code once; "My certificates" never shows it
   * again. Later, phone and token stolen, anyone with the code and the tax code suspends the
   * certificate on the tenant's public page without signing in: a wrong code first (refused, the
   * same words as for a stranger, nothing changed), then the code as written down.
   */
  @Test
  void theEmergencyCodeShownOnceAtTheOrderSuspendsTheCertificateOnThePublicPageWithoutADevice()
      throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Chromium chromium = new Chromium();
        Chromium stranger = new Chromium()) {
      String slug = admin.newTenant("hemerg", "Emergenza Fiduciaria");
      String host = slug + ".localhost";
      String person = Account.uniqueName("anna");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      String serial =
          HolderSteps.tokenInStock(new TenantApi(base, host, admin.keycloak().backEndToken(slug)));

      String code = orderWithToken(chromium, host, person, anna, serial);
      assertThat(code).matches(EMERGENCY_CODE);
      chromium.open(Chromium.on(base, host, "/signature/certificates.xhtml"));
      chromium.await("#emergency-issued");
      assertThat(chromium.all("#emergency-code")).isEmpty();
      assertThat(chromium.all("#emergency\\:issue")).isEmpty();
      assertThat(chromium.source()).doesNotContain(code);
      chromium.open(Chromium.on(base, host, "/signature/order.xhtml"));
      chromium.await(".order-done");
      assertThat(chromium.source()).doesNotContain(code);

      stranger.open(Chromium.on(base, host, "/emergency/"));
      stranger.type("#emergency\\:taxCode", anna.taxCode());
      stranger.type("#emergency\\:code", "0000-0000-0000-0000");
      stranger.submit("#emergency\\:suspend");
      assertThat(stranger.awaitTextOf("#messages", "SIG-120")).contains("nessun certificato");
      chromium.open(Chromium.on(base, host, "/signature/certificates.xhtml"));
      assertThat(chromium.awaitTextOf(".certificate-state", "Attivo")).isNotEmpty();

      stranger.type("#emergency\\:taxCode", anna.taxCode());
      stranger.type("#emergency\\:code", code);
      stranger.submit("#emergency\\:suspend");
      stranger.awaitTextOf("#messages", "Certificato sospeso");
      chromium.open(Chromium.on(base, host, "/signature/certificates.xhtml"));
      assertThat(chromium.awaitTextOf(".certificate-state", "Sospeso")).isNotEmpty();
      chromium.await("#status\\:reactivate");
    }
  }

  /**
   * An operator finds a holder in the console by tax code, opens her, suspends the certificate with
   * a reason; the CRL a relying party fetches right after holds it (openssl: revoked); the operator
   * reactivates it and openssl verifies it again.
   */
  @Test
  void anOperatorSuspendsACertificateInTheConsoleOpenSslSeesItHeldThenReactivatesIt()
      throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hconsole", "Console Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        Chromium chromium = new Chromium()) {
      String holder = people.person("anna");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HolderSteps.activeWithToken(
          api, new TenantApi(base, tenant.host(), people.serviceToken()), anna);
      String certificateId =
          TenantApi.group("\"id\":(\\d+)", api.get("/api/signature/certificates").body());
      Path dir = OpenSsl.certificateOf(api, certificateId);
      assertThat(OpenSsl.verify(dir, api)).contains("leaf.pem: OK");
      String operator = Account.uniqueName("op");
      people.platform().createAccount(tenant.slug(), operator, "user", "operator");

      chromium.open(Chromium.on(base, tenant.host(), "/operator/holders.xhtml"));
      chromium.signIn(operator, Account.PASSWORD);
      chromium.type("#q", anna.taxCode());
      chromium.submit("#search");
      chromium.click("a.holder-link");
      chromium.await("#cert\\:suspend");
      assertThat(chromium.find("#holder-username").getText()).isEqualTo(holder);
      // validity and renewal as dates a person reads, not ISO instants
      assertThat(chromium.find("#certificates").getText() + chromium.find("#renewal").getText())
          .containsPattern("\\d{2}/\\d{2}/\\d{4} – \\d{2}/\\d{2}/\\d{4}")
          .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
      chromium.type("#cert\\:reason", "Telefono rubato, chiamata del titolare");
      chromium.submit("#cert\\:suspend");
      chromium.awaitTextOf("#messages", "Certificato sospeso");
      assertThat(chromium.find(".certificate-state").getText()).contains("Sospeso");
      assertThat(OpenSsl.verify(dir, api)).contains("certificate revoked");
      assertThat(OpenSsl.openssl(dir, "crl", "-noout", "-text", "-in", "crl.pem"))
          .contains("Certificate Hold");

      chromium.type("#cert\\:reason", "Telefono ritrovato, identita verificata");
      chromium.submit("#cert\\:reactivate");
      chromium.awaitTextOf("#messages", "Certificato riattivato");
      assertThat(chromium.find(".certificate-state").getText()).contains("Attivo");
      assertThat(OpenSsl.verify(dir, api)).contains("leaf.pem: OK");
      assertThat(Database.auditActors(tenant.slug(), "signature.certificate.suspended"))
          .containsExactly(operator);
    }
  }

  /**
   * An operator enrols a new customer on the enrolment page with a proofing record (an identity
   * card, its scan uploaded) and the codes the customer received by SMS and e-mail; the customer
   * opens the activation link of the e-mail, sets a password, follows the page to credential
   * management, signs in, passes level 2 by SMS and associates the app from the QR code.
   */
  @Test
  void anOperatorEnrolsACustomerWithProofingWhoActivatesFromTheEmailSignsInAndAssociatesTheApp()
      throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox();
        Chromium desk = new Chromium();
        Chromium customerBrowser = new Chromium(1280, 1600)) {
      String slug = admin.newTenant("henrol", "Sportello Fiduciaria");
      String host = slug + ".localhost";
      String operator = Account.uniqueName("op");
      admin.createAccount(slug, Account.user(slug, operator).withRoles("user", "operator"));
      String customer = Account.uniqueName("cliente");
      String email = customer + "@" + slug + ".example";
      String mobile = HolderSteps.freshMobile();
      Path scan = Files.createTempFile(Path.of("target"), "carta-identita", ".png");
      Files.write(scan, Pngs.black(40, 25));

      desk.open(Chromium.on(base, host, "/operator/enrol.xhtml"));
      desk.signIn(operator, Account.PASSWORD);
      desk.await("#enrol\\:username");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("username", customer);
      fields.put("givenName", "Mario");
      fields.put("surname", "Rossi");
      fields.put("birthDate", "1980-01-01");
      fields.put("placeOfBirth", "Roma");
      fields.put("provinceOfBirth", "RM");
      fields.put("codiceFiscale", "RSSMRA80A01H501U");
      fields.put("email", email);
      fields.put("mobile", mobile);
      fields.put("documentNumber", "CA12345AB");
      fields.put("documentIssuer", "Comune di Roma");
      fields.put("documentExpiry", LocalDate.now().plusYears(3).toString());
      fields.forEach(
          (id, value) ->
              desk.script(
                  "arguments[0].value = arguments[1];", desk.find("#enrol\\:" + id), value));
      new Select(desk.find("#enrol\\:sex")).selectByValue("M");
      new Select(desk.find("#enrol\\:method")).selectByValue("IN_PERSON");
      new Select(desk.find("#enrol\\:documentType")).selectByValue("IDENTITY_CARD");
      desk.find("#enrol\\:scan").sendKeys(scan.toAbsolutePath().toString());
      desk.submit("#enrol\\:start");
      desk.awaitVisible(By.id("step-codes"));
      Smsc.Sms sms = smsc.next();
      assertThat("+" + sms.destination()).isEqualTo(mobile);
      desk.type("#codes\\:smsCode", sms.code());
      desk.type("#codes\\:emailCode", mailbox.latest(email, 1).code());
      desk.submit("#codes\\:confirm");
      desk.awaitVisible(By.id("enrolled"));
      desk.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + customer));
      // the record as an operator reads it: dates as Italians write them, not an ISO instant
      assertThat(desk.awaitVisible(By.id("proofing")).getText())
          .contains("CA12345AB", operator)
          .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
          .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
      assertThat(desk.find("#scans").getText()).contains(scan.getFileName().toString());

      Mailbox.Mail activation = mailbox.latest(email, 2);
      Matcher link = ACTIVATION_LINK.matcher(activation.body());
      assertThat(link.find()).as(activation.body()).isTrue();
      customerBrowser.open(Chromium.on(base, host, link.group(1).replace("&amp;", "&")));
      customerBrowser.await("#activation\\:password");
      String password = "Nuova-Password-" + customer;
      customerBrowser.type("#activation\\:password", password);
      customerBrowser.type("#activation\\:repeated", password);
      customerBrowser.submit("#activation\\:activate");
      customerBrowser.awaitVisible(By.id("activated"));
      customerBrowser.click("#next-step");
      customerBrowser.signIn(customer, password);
      customerBrowser.levelTwoBySms(smsc);
      customerBrowser.awaitVisible(By.cssSelector("table.credentials"));
      assertThat(customerBrowser.source()).contains("state-NOT_CONFIGURED");
      SpidApp.associate(customerBrowser, smsc);
      customerBrowser.open(Chromium.on(base, host, "/credentials/"));
      customerBrowser.awaitVisible(By.cssSelector("table.credentials"));
      assertThat(customerBrowser.source()).contains("state-ACTIVE", "credential-OTP_APP");
    }
  }

  /**
   * A person who forgot the SPID password: the portal's sign-in page on Keycloak, the username,
   * "Password dimenticata?", the username again; the mailed link opens Sigillo's level-2 step (the
   * mailbox alone sets nothing), an SMS code, the new password; then, in a browser of its own, a
   * sign-in with the new password reaches the portal.
   */
  @Test
  void aPersonResetsTheSpidPasswordFromKeycloaksPageWithTheMailedLinkAndAnSmsCodeThenSignsIn()
      throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox();
        Chromium chromium = new Chromium();
        Chromium later = new Chromium()) {
      String slug = admin.newTenant("hreset", "Password Fiduciaria");
      String host = slug + ".localhost";
      String person = Account.uniqueName("mario");
      String email = person + "@" + slug + ".example";
      admin.createAccount(slug, Account.user(slug, person).named("Mario", "Rossi"));
      String mobile = SpidApp.mobile();
      SpidApp.identity(slug, person, mobile);
      String chosen = "Ritrovata-Spid-" + person.substring(person.length() - 8);

      chromium.open(Chromium.on(base, host, "/signature/"));
      chromium.await("#kc-form-login");
      chromium.type("#username", person);
      chromium.click("#kc-form-login [type=submit]");
      chromium.await("#password");
      chromium.click("a[href*='reset-credentials']");
      chromium.await("#kc-reset-password-form");
      assertThat(chromium.find("body").getText()).contains("codice dell'app OTP o via SMS");
      chromium.type("#username", person);
      chromium.submit("#kc-reset-password-form [type=submit]");
      assertThat(chromium.source()).contains("riceverai a breve un");

      Mailbox.Mail mail = mailbox.latest(email, 1);
      Matcher href = RESET_LINK.matcher(mail.body());
      assertThat(href.find()).as(mail.body()).isTrue();
      chromium.open(href.group(1));
      // the link alone: the level-2 step, no new password yet
      assertThat(chromium.onLevelTwoStep()).as(chromium.url()).isTrue();
      assertThat(chromium.all("#password-new")).isEmpty();
      chromium.submit("#sigillo-l2-sms-send-button");
      Smsc.Sms sms = smsc.next();
      assertThat("+" + sms.destination()).isEqualTo(mobile);
      chromium.type("#sms-code", sms.code());
      chromium.submit("#sigillo-l2-sms-verify");
      chromium.await("#kc-passwd-update-form");
      chromium.type("#password-new", chosen);
      chromium.type("#password-confirm", chosen);
      chromium.submit("#kc-passwd-update-form [type=submit]");
      assertThat(chromium.all("#kc-passwd-update-form")).isEmpty();

      later.open(Chromium.on(base, host, "/signature/"));
      later.signIn(person, chosen);
      assertThat(later.onKeycloak()).as(later.url()).isFalse();
      assertThat(later.path()).endsWith("/signature/");
      later.await("#order-link");
    }
  }

  /**
   * The order in the browser with a token from stock, from the portal's remote-signature page:
   * sign-in, the order link, the holder data the identity does not hold, the signature password,
   * the token's serial and its first two codes. Returns the emergency code the completion page
   * shows.
   */
  private String orderWithToken(
      Chromium chromium, String host, String person, HolderSteps.Person anna, String serial) {
    chromium.open(Chromium.on(base, host, "/signature/"));
    chromium.signIn(person, LOGIN_PASSWORD);
    chromium.click("#order-link");
    chromium.await("#order\\:surname");
    HolderSteps.fillOrder(chromium, "Roma", "RM", anna);
    chromium.submit("#order\\:submit");
    chromium.await("#token\\:serial");
    OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
    chromium.type("#token\\:serial", serial);
    chromium.type("#token\\:firstCode", token.hotp(0));
    chromium.type("#token\\:secondCode", token.hotp(1));
    chromium.submit("#token\\:bindToken");
    chromium.await(".order-done");
    return chromium.awaitVisible(By.id("emergency-code")).getText();
  }

  /** Codes of the app, each of a later time step than the last one used (as the registry asks). */
  private static Supplier<String> codesAfter(OtpApp app, Instant lastUsed) {
    long[] last = {lastUsed.getEpochSecond() / 30};
    return () -> {
      last[0] = Math.max(Instant.now().getEpochSecond() / 30, last[0] + 1);
      return app.totp(Instant.ofEpochSecond(last[0] * 30));
    };
  }
}
