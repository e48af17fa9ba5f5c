package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Pdfs;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.RegisteredApps;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantOtpPolicy;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * The remote-signature pages as a person walks them after logging in through Keycloak's real pages
 * on a provisioned tenant: the order form refuses inconsistent data next to the field, completes
 * with the person's OTP app, the overview shows the certificate, the mobile changes with the SMS
 * code and an OTP, and the renewal and device pages answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignaturePagesIT {

  private static final String LOGIN_PASSWORD = "It-Pagine-Password-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void aPersonOrdersInTheBrowserAndChangesTheMobileWithTheSmsCodeAndAnOtp() throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment()) {
      String slug = admin.newTenant("hpage", "Pagine Fiduciaria");
      String person = Account.uniqueName("anna");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      HttpBrowser browser = new HttpBrowser(base, slug + ".localhost");

      Page login = browser.open("/signature/");
      assertThat(login.url().getPath()).contains("/realms/");
      Page home = browser.signIn(login, person, LOGIN_PASSWORD);
      assertThat(home.status()).as(home.body()).isEqualTo(200);
      assertThat(home.body()).contains("Non hai ancora una firma remota", "Ordina la firma remota");

      Page order = browser.open("/signature/order.xhtml");
      // names, tax code and contacts are the identity's, shown read-only
      assertThat(order.body())
          .containsPattern("name=\"order:codiceFiscale\"[^>]*value=\"" + anna.taxCode() + "\"")
          .containsPattern("name=\"order:surname\"[^>]*readonly")
          .contains(anna.mobile(), anna.email());
      Map<String, String> data = new HashMap<>();
      data.put("sex", "F");
      data.put("birthDate", anna.born().toString());
      data.put("placeOfBirth", "Milano");
      data.put("provinceOfBirth", "MI");
      data.put("password", HolderSteps.PASSWORD);
      data.put("passwordRepeat", HolderSteps.PASSWORD);
      Page refused = browser.submit(order, "order", data, "submit");
      assertThat(refused.body())
          .contains("SIGN-022", "SIGN-015", "H501")
          .contains("name=\"order:surname\"");

      data.put("placeOfBirth", "Roma");
      data.put("provinceOfBirth", "RM");
      data.put("password", HolderSteps.PASSWORD);
      data.put("passwordRepeat", HolderSteps.PASSWORD);
      Page deviceStep = browser.submit(refused, "order", data, "submit");
      assertThat(deviceStep.body()).contains("id=\"token\"", "La mia app OTP");

      // a password-only session gets no app from the API: the person associates it in the portal
      HttpResponse<String> shortcut = browser.api("/api/otp/devices/totp", "{}");
      assertThat(shortcut.statusCode()).as(shortcut.body()).isEqualTo(403);
      assertThat(shortcut.body()).contains("OTP-060").doesNotContain("manualKey");
      OtpApp app = SpidApp.associate(browser, person, LOGIN_PASSWORD, smsc);

      Page chooseApp = browser.open("/signature/order.xhtml");
      String deviceId = TenantApi.group("<option value=\"(\\d+)\"", chooseApp.body());
      Page done =
          browser.submit(
              chooseApp,
              "app",
              Map.of("appId", deviceId, "appCode", app.totp(Instant.now())),
              "bindApp");
      assertThat(done.body()).as(done.body()).contains("Ordine completato");

      Page overview = browser.open("/signature/");
      assertThat(overview.body()).contains("Certificato di firma", anna.taxCode(), "Attiva");

      Page contacts = browser.open("/signature/contacts.xhtml");
      Page edit = browser.submit(contacts, "contacts", Map.of(), "editMobile");
      String newMobile = HolderSteps.freshMobile();
      Page codeStep =
          browser.submit(
              edit, "edit", Map.of("password", HolderSteps.PASSWORD, "value", newMobile), "start");
      assertThat(codeStep.body()).as(codeStep.body()).contains("Abbiamo inviato un codice");
      Smsc.Sms sms = smsc.next();
      assertThat(sms.destination()).isEqualTo(newMobile.substring(1));
      Page changed =
          browser.submit(
              codeStep,
              "code",
              Map.of("verification", sms.code(), "otp", app.totp(Instant.now().plusSeconds(30))),
              "confirm");
      assertThat(changed.body()).as(changed.body()).contains("Recapito aggiornato");
      // her old number was verified as hers: it is told of the change
      Smsc.Sms notice = smsc.next();
      assertThat(notice.destination()).isEqualTo(anna.mobile().substring(1));
      assertThat(notice.text()).contains("cambiato").doesNotContain(newMobile);
      assertThat(browser.open("/signature/contacts.xhtml").body()).contains(newMobile);

      assertThat(browser.open("/signature/renewal.xhtml").body())
          .contains("Rinnovo del certificato", "Il rinnovo sar");
      assertThat(browser.open("/signature/device.xhtml").body())
          .contains("Dispositivo di firma", "App OTP", "Sincronizza");
    }
  }

  /**
   * A place of birth typed with a slip: the refusal names the places the holder may have meant,
   * once ("Forse intendevi: …" used to follow the message that already said it).
   */
  @Test
  void aMisspelledPlaceOfBirthOffersThePlacesMeantOnce() throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base)) {
      String slug = admin.newTenant("hslip", "Refusi Fiduciaria");
      String person = Account.uniqueName("anna");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      HttpBrowser browser = new HttpBrowser(base, slug + ".localhost");
      browser.signIn(browser.open("/signature/"), person, LOGIN_PASSWORD);

      Page order = browser.open("/signature/order.xhtml");
      Map<String, String> data = new HashMap<>();
      data.put("sex", "F");
      data.put("birthDate", anna.born().toString());
      data.put("placeOfBirth", "Romma");
      data.put("provinceOfBirth", "RM");
      data.put("password", HolderSteps.PASSWORD);
      data.put("passwordRepeat", HolderSteps.PASSWORD);
      String refused = HttpBrowser.unescape(browser.submit(order, "order", data, "submit").body());
      assertThat(refused).contains("SIGN-018", "ROMA");
      assertThat(refused.split("Forse intendevi", -1)).as(refused).hasSize(2);
    }
  }

  /**
   * A holder who forgot the signature password, in Chromium from the first page: the overview's
   * link, "forgot your password?", the SMS code to the verified mobile (a wrong one first, refused
   * and changing nothing) and an OTP of the app that signs, the new password; then a PDF signed
   * with it, downloaded and checked with pdfsig.
   */
  @Test
  void aHolderResetsTheForgottenSignaturePasswordWithAnSmsCodeAndAnOtpThenSigns() throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Chromium chromium = new Chromium()) {
      String slug = admin.newTenant("hpwreset", "Recupero Fiduciaria");
      String host = slug + ".localhost";
      // a signature code of each next time step at once, rather than 30 s apart
      TenantOtpPolicy.of(base, slug).set("sign", "totpWindowSteps", 3);
      String person = Account.uniqueName("smemorata");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      String base32 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      OtpApp app = OtpApp.fromBase32(base32);
      String appId =
          String.valueOf(RegisteredApps.insert(slug, person, OtpApp.base32(base32), "SHA1", 6, 30));
      // each code of a later time step than the last one used, as the registry asks
      long[] last = {0};
      Supplier<String> nextCode =
          () -> {
            last[0] = Math.max(Instant.now().getEpochSecond() / 30, last[0] + 1);
            return app.totp(Instant.ofEpochSecond(last[0] * 30));
          };

      chromium.open(Chromium.on(base, host, "/signature/order.xhtml"));
      chromium.signIn(person, LOGIN_PASSWORD);
      chromium.await("#order\\:surname");
      HolderSteps.fillOrder(chromium, "Roma", "RM", anna);
      chromium.submit("#order\\:submit");
      chromium.await("#app\\:appId");
      new Select(chromium.find("#app\\:appId")).selectByValue(appId);
      chromium.type("#app\\:appCode", nextCode.get());
      chromium.submit("#app\\:bindApp");
      chromium.await(".order-done");

      // the holder no longer knows the password: from the overview to "forgot your password?"
      chromium.open(Chromium.on(base, host, "/signature/"));
      chromium.click("#password-link");
      chromium.await("#forgot\\:sendCode");
      assertThat(chromium.find(".password-rules").getText()).contains("10");
      chromium.submit("#forgot\\:sendCode");
      chromium.await("#reset\\:code");
      Smsc.Sms sms = smsc.next();
      assertThat(sms.destination()).isEqualTo(anna.mobile().substring(1));
      String replacement = "Ritrovata-Firma-2026";
      resetForm(chromium, sms.code().equals("000000") ? "000001" : "000000", "", replacement);
      chromium.awaitText("#messages", "SIGN-113");
      assertThat(Database.auditDetails(slug, "signature.password.reset")).isEmpty();
      resetForm(chromium, sms.code(), nextCode.get(), replacement);
      chromium.await(".password-saved");
      assertThat(Database.auditActors(slug, "signature.password.reset")).containsExactly(person);

      // and signs with the new password
      chromium.open(Chromium.on(base, host, "/signature/sign.xhtml"));
      chromium.await("#upload\\:file");
      Path pdf = Files.createTempFile(Path.of("target"), "reset", ".pdf");
      Files.write(pdf, Pdfs.onePage("Firmato dopo il recupero della password"));
      chromium.find("#upload\\:file").sendKeys(pdf.toAbsolutePath().toString());
      chromium.submit("#upload\\:next");
      chromium.await("#authorise\\:otp");
      chromium.type("#authorise\\:password", replacement);
      chromium.type("#authorise\\:otp", nextCode.get());
      chromium.submit("#authorise\\:sign");
      chromium.await(".signed");
      byte[] signed = download(chromium, "#done\\:download");
      Path file = Files.createTempFile(Path.of("target"), "reset-signed", ".pdf");
      Files.write(file, signed);
      Process pdfsig =
          new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String report = new String(pdfsig.getInputStream().readAllBytes());
      assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(report)
          .contains("Signature #1", "Signature is Valid")
          .containsIgnoringCase("bianchi");
    }
  }

  private static void resetForm(Chromium chromium, String code, String otp, String password) {
    chromium.type("#reset\\:code", code);
    chromium.type("#reset\\:otp", otp);
    chromium.type("#reset\\:newPassword", password);
    chromium.type("#reset\\:newPasswordRepeat", password);
    chromium.submit("#reset\\:confirm");
  }

  /**
   * What the button's form post answers, fetched by the page itself with its session (a headless
   * browser's download would land in a directory of its own).
   */
  private static byte[] download(Chromium chromium, String button) {
    Object answer =
        chromium
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const button = document.querySelector(arguments[0]);"
                    + "const data = new URLSearchParams(new FormData(button.form));"
                    + "data.append(button.name, button.value);"
                    + "fetch(button.form.action, {method: 'POST', credentials: 'same-origin',"
                    + " body: data})"
                    + ".then(r => r.arrayBuffer()).then(b => {"
                    + " let s = ''; const u = new Uint8Array(b);"
                    + " for (let i = 0; i < u.length; i++) { s += String.fromCharCode(u[i]); }"
                    + " done(btoa(s)); })"
                    + ".catch(e => done('failed ' + e));",
                button);
    return Base64.getDecoder().decode(String.valueOf(answer));
  }

  /**
   * The dead end of issue 14 as a holder met it: she signs with her SPID app, re-associates it to a
   * new phone as the seed advises, and could no longer sign (SIGN-042, whose next step led to an
   * order page that refuses her). Now signing says the device changed and links the one step that
   * confirms the new app with the signature password and a code of it; then she signs again.
   */
  @Test
  void aHolderWhoSignsWithTheAppReassociatesItConfirmsTheNewAppAndSignsAgain() throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox()) {
      String slug = admin.newTenant("hmove", "Cambio Fiduciaria");
      String person = Account.uniqueName("anna");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      Database.quickSmsCodes(slug);
      HttpBrowser browser = new HttpBrowser(base, slug + ".localhost");
      OtpApp oldApp = SpidApp.associate(browser, person, LOGIN_PASSWORD, smsc);
      Instant firstAssociation = Instant.now();
      HttpResponse<String> ordered =
          browser.api("/api/signature/holder", anna.order(HolderSteps.PASSWORD));
      assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
      Page chooseApp = browser.open("/signature/order.xhtml");
      String deviceId = TenantApi.group("<option value=\"(\\d+)\"", chooseApp.body());
      Page bound =
          browser.submit(
              chooseApp,
              "app",
              Map.of("appId", deviceId, "appCode", oldApp.totp(Instant.now())),
              "bindApp");
      assertThat(bound.body()).as(bound.body()).contains("Ordine completato");
      assertThat(sign(browser, oldApp.totp(Instant.now().plusSeconds(30))).statusCode())
          .isEqualTo(200);

      // a new phone: the seed's re-association (SMS code, the key, the first code)
      afterSmsCooldown(firstAssociation);
      OtpApp newApp = SpidApp.associate(browser, person, LOGIN_PASSWORD, smsc);

      HttpResponse<String> changed = sign(browser, newApp.totp(Instant.now()));
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(409);
      assertThat(changed.body()).contains("OTP-070", "/signature/device.xhtml");
      // the notice of the re-association names both products it touched
      Mailbox.Mail notice = mailbox.latest(anna.email(), 2);
      assertThat(notice.body()).contains("firma remota", "accesso SPID");
      Page signPage = browser.open("/signature/sign.xhtml");
      assertThat(signPage.body()).contains("id=\"confirm-new-app\"", "/signature/device.xhtml");

      Page devicePage = browser.open("/signature/device.xhtml");
      Page wrongPassword =
          browser.submit(
              devicePage,
              "confirmApp",
              Map.of("password", "non-la-mia", "code", newApp.totp(Instant.now())),
              "confirm");
      assertThat(wrongPassword.body()).contains("SIGN-037");
      Page confirmed =
          browser.submit(
              wrongPassword,
              "confirmApp",
              Map.of("password", HolderSteps.PASSWORD, "code", newApp.totp(Instant.now())),
              "confirm");
      assertThat(confirmed.body()).as(confirmed.body()).contains("device-confirmed");

      HttpResponse<String> signed = sign(browser, newApp.totp(Instant.now().plusSeconds(30)));
      assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
      assertThat(signed.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    }
  }

  /**
   * The same move as a person makes it in Chromium, from the first page: she signs in at level 2
   * with the app she signs with, re-associates it to a new phone (SMS code, the QR code read off
   * the page, the first code), follows the signature page's link to confirm the new app with the
   * signature password and a code of it, signs a PDF and downloads it; pdfsig finds the signature
   * valid and its certificate trusted by the tenant's CA.
   */
  @Test
  void inChromiumAHolderMovesTheSigningAppToANewPhoneConfirmsItAndSignsAPdfThatPdfsigVerifies()
      throws Exception {
    try (PlatformOperator admin = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Chromium chromium = new Chromium(1280, 1600)) {
      String slug = admin.newTenant("hwalk", "Telefono Fiduciaria");
      String person = Account.uniqueName("anna");
      admin.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HolderSteps.Person anna = HolderSteps.verifiedPerson(slug, person);
      // before: a holder whose signature device is her SPID app (set up over HTTP)
      Database.quickSmsCodes(slug);
      HttpBrowser setup = new HttpBrowser(base, slug + ".localhost");
      OtpApp oldApp = SpidApp.associate(setup, person, LOGIN_PASSWORD, smsc);
      Instant firstAssociation = Instant.now();
      HttpResponse<String> ordered =
          setup.api("/api/signature/holder", anna.order(HolderSteps.PASSWORD));
      assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
      Page chooseApp = setup.open("/signature/order.xhtml");
      String deviceId = TenantApi.group("<option value=\"(\\d+)\"", chooseApp.body());
      Page bound =
          setup.submit(
              chooseApp,
              "app",
              Map.of("appId", deviceId, "appCode", oldApp.totp(Instant.now())),
              "bindApp");
      assertThat(bound.body()).as(bound.body()).contains("Ordine completato");

      String host = slug + ".localhost";
      afterSmsCooldown(firstAssociation);
      chromium.open(Chromium.on(base, host, "/credentials/"));
      chromium.signIn(person, LOGIN_PASSWORD);
      // the portal asks Keycloak for level 2: its step, with a code of the old app
      chromium.levelTwoByApp(oldApp.totp(Instant.now().plusSeconds(30)));
      chromium.awaitVisible(By.cssSelector("table.credentials"));
      OtpApp newApp = SpidApp.associate(chromium, smsc);

      chromium.open(Chromium.on(base, host, "/signature/sign.xhtml"));
      chromium.click("#confirm-new-app");
      chromium.awaitVisible(By.id("confirm-app"));
      chromium.type("#confirmApp\\:password", HolderSteps.PASSWORD);
      chromium.type("#confirmApp\\:code", newApp.totp(Instant.now().plusSeconds(30)));
      chromium.submit("#confirmApp\\:confirm");
      chromium.awaitVisible(By.cssSelector(".device-confirmed"));

      // the app's next code must come from a later time step than the confirmation's
      Thread.sleep(30_000 - System.currentTimeMillis() % 30_000 + 500);
      chromium.open(Chromium.on(base, host, "/signature/sign.xhtml"));
      Path downloads =
          Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "pdf");
      Path contract = downloads.resolve("contratto.pdf");
      Files.write(contract, Pdfs.onePage("Contratto firmato con la nuova app"));
      chromium.find("#upload\\:file").sendKeys(contract.toString());
      chromium.submit("#upload\\:next");
      chromium.type("#authorise\\:password", HolderSteps.PASSWORD);
      chromium.type("#authorise\\:otp", newApp.totp(Instant.now().plusSeconds(30)));
      chromium.submit("#authorise\\:sign");
      chromium.awaitVisible(By.cssSelector(".signed"));
      chromium
          .driver()
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      chromium.click("#done\\:download");
      Path signedPdf = downloads.resolve("contratto-firmato.pdf");
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!(Files.exists(signedPdf) && Files.size(signedPdf) > 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(signedPdf).exists();

      HttpResponse<byte[]> ca =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(
                  HttpRequest.newBuilder(base.toURI().resolve("pki/ca.crt"))
                      .header("Host", host + ":" + base.getPort())
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(ca.statusCode()).isEqualTo(200);
      String report = pdfsig(downloads, ca.body(), signedPdf);
      assertThat(report).contains("Signature is Valid.", "Certificate is Trusted.");
    }
  }

  private static void afterSmsCooldown(Instant lastCode) throws InterruptedException {
    long wait = Duration.between(Instant.now(), lastCode.plusSeconds(11)).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  /** pdfsig's report of a PDF, with an NSS database that trusts only the tenant's CA. */
  private static String pdfsig(Path dir, byte[] caDer, Path pdf) throws Exception {
    Path nss = Files.createDirectories(dir.resolve("nss"));
    Path caPem = dir.resolve("ca.pem");
    Files.writeString(
        caPem,
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(caDer)
            + "\n-----END CERTIFICATE-----\n");
    String db = "sql:" + nss;
    run(dir, "certutil", "-N", "-d", db, "--empty-password");
    run(
        dir,
        "certutil",
        "-A",
        "-d",
        db,
        "-n",
        "Sigillo CA",
        "-t",
        "C,C,",
        "-a",
        "-i",
        caPem.toString());
    return run(dir, "pdfsig", "-nssdir", db, pdf.toString());
  }

  private static String run(Path dir, String... command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  private static HttpResponse<String> sign(HttpBrowser browser, String otp) {
    String pdf = Base64.getEncoder().encodeToString(Pdfs.onePage("Contratto " + otp));
    return browser.api(
        "POST",
        "/api/signature/sign",
        "application/json",
        HolderSteps.signRequest(pdf, HolderSteps.PASSWORD, otp),
        "Accept",
        "application/pdf, application/json");
  }
}
