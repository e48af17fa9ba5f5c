package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The tenant's own notification texts, through the real path: an operator at level 2 changes the
 * certificate expiry reminder's e-mail and SMS and the senders on the operator page, previews them
 * (the tenant's colour, sample values), has a text with an unknown variable or a code in a subject
 * refused without losing it, and the holder's next reminder arrives with the new texts, as a
 * multipart e-mail in the tenant's colour and an SMS from the new sender. A password-only operator
 * and another tenant's are refused by the business layer.
 *
 * <p>The tenant and its accounts are made once for the class (each test still stands alone on
 * them); the one test that moves the platform clock puts it back in {@code finally}, since the
 * client tests share one Micro.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationTemplatesIT {

  private static final String PRIMARY = "#1a5e20";
  private static final String MAIL_KIND = "SIGNATURE_EXPIRY_REMINDER_MAIL";
  private static final String SMS_KIND = "SIGNATURE_EXPIRY_REMINDER_SMS";

  private static TestTenants.Tenant tenant;
  private static TenantClient people;
  private static String operator;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @BeforeAll
  static void tenant() {
    tenant = TestTenants.active("texts", "Testi Fiduciaria", PRIMARY, "#b35900");
  }

  @AfterAll
  static void close() {
    if (people != null) {
      people.close();
    }
  }

  /** The tenant in Keycloak with its operator, once (Arquillian's URL is known only in tests). */
  private TenantClient people() {
    if (people == null) {
      people = new TenantClient(base, tenant.slug());
      operator = Account.uniqueName("op");
      people.platform().createAccount(tenant.slug(), operator, "user", "operator");
    }
    return people;
  }

  @Test
  void theOperatorsReminderTextsAndSendersReachTheHolderAfterAPreview() throws Exception {
    TenantClient clients = people();
    try (Chromium chromium = new Chromium();
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox()) {
      chromium.open(page("/operator/"));
      chromium.signIn(operator, Account.PASSWORD);
      chromium.open(page("/operator/"));
      chromium.click("#notifications-link");
      chromium.await(".notification-group[data-group='signature']");
      assertThat(chromium.find(".notification-group[data-group='otp']").getText())
          .contains("Codice per l'accesso");
      chromium.click("li[data-kind='" + MAIL_KIND + "'] a");
      chromium.await("#edit\\:itSubject");
      assertThat(chromium.find("#variables").getText())
          .contains("{{date}}", "{{days}}", "{{renewalLink}}", "{{portal}}");

      // an unknown variable is refused with its catalogued error; the typed text stays
      String unknown = "Scade il {{date}}, il tuo codice è {{codice}}: {{renewalLink}}";
      chromium.type("#edit\\:itBody", unknown);
      chromium.submit("#edit\\:itSave");
      assertThat(chromium.awaitTextOf("#messages", "RES-080")).contains("codice");
      assertThat(chromium.find("#edit\\:itBody").getAttribute("value")).isEqualTo(unknown);

      // the e-mail's new texts, previewed with the tenant's colour and sample values, then saved
      chromium.type("#edit\\:itSubject", "{{portal}}: la firma scade il {{date}}");
      chromium.type(
          "#edit\\:itBody",
          "Gentile cliente, mancano {{days}} giorni. Rinnova da qui: {{renewalLink}} NT-MARK-IT");
      chromium.type("#edit\\:enSubject", "{{portal}}: your signature expires on {{date}}");
      chromium.type(
          "#edit\\:enBody",
          "Dear customer, {{days}} days left. Renew here: {{renewalLink}} NT-MARK-EN");
      chromium.submit("#edit\\:itPreview");
      String subject = chromium.await("#preview-subject").getText();
      assertThat(subject).startsWith("Testi Fiduciaria: la firma scade il ").doesNotContain("{{");
      assertThat(chromium.find("#preview-text").getText())
          .contains("NT-MARK-IT", "giorni")
          .doesNotContain("{{");
      chromium.driver().switchTo().frame(chromium.find("#preview-html"));
      try {
        String html = chromium.await("body").getAttribute("outerHTML").toLowerCase(Locale.ROOT);
        assertThat(html).contains(PRIMARY, "nt-mark-it");
      } finally {
        chromium.driver().switchTo().defaultContent();
      }
      chromium.submit("#edit\\:itSave");
      chromium.awaitText("#messages", "Testo italiano salvato");
      assertThat(chromium.await("#it-own").getText()).contains(operator);
      chromium.submit("#edit\\:enSave");
      chromium.awaitText("#messages", "Testo inglese salvato");
      assertThat(chromium.find("#edit\\:enBody").getAttribute("value")).contains("NT-MARK-EN");

      // the SMS: its preview tells the length and the parts
      chromium.open(page("/operator/notifications.xhtml?kind=" + SMS_KIND));
      String sms = "{{portal}}: firma in scadenza il {{date}}. Rinnova: {{renewalLink}} NT-MARK-S";
      chromium.type("#edit\\:itBody", sms);
      chromium.type("#edit\\:enBody", sms.replace("firma in scadenza il", "signature expires"));
      chromium.submit("#edit\\:itPreview");
      assertThat(chromium.await("#preview-sms").getText())
          .startsWith("Testi Fiduciaria: firma in scadenza il ")
          .contains("NT-MARK-S");
      assertThat(chromium.find("#preview-length").getText())
          .containsPattern("\\d+ caratteri, 1 SMS");
      chromium.submit("#edit\\:itSave");
      chromium.awaitText("#messages", "Testo italiano salvato");
      chromium.submit("#edit\\:enSave");
      chromium.awaitText("#messages", "Testo inglese salvato");

      // a code in an e-mail subject is refused, the typed subject stays
      chromium.open(page("/operator/notifications.xhtml?kind=SIGNATURE_EMAIL_CODE"));
      assertThat(chromium.await("#variables").getText()).contains("mai mostrata in un'anteprima");
      String leaky = "Il tuo codice è {{code}}";
      chromium.type("#edit\\:itSubject", leaky);
      chromium.submit("#edit\\:itSave");
      assertThat(chromium.awaitTextOf("#messages", "RES-082")).contains("code");
      assertThat(chromium.find("#edit\\:itSubject").getAttribute("value")).isEqualTo(leaky);
      // saved right, then back to the default text
      chromium.type("#edit\\:itSubject", "{{portal}}: il codice per la tua e-mail");
      chromium.submit("#edit\\:itSave");
      chromium.awaitText("#messages", "Testo italiano salvato");
      chromium.submit("#edit\\:itReset");
      chromium.awaitText("#messages", "Ripristinato il testo italiano predefinito");
      assertThat(chromium.find("#edit\\:itSubject").getAttribute("value"))
          .isEqualTo("{{portal}}: conferma il nuovo indirizzo e-mail");
      assertThat(chromium.all("#it-own")).isEmpty();
      assertThat(Database.auditDetails(tenant.slug(), "notification.reset"))
          .containsExactly("SIGNATURE_EMAIL_CODE it");

      // the senders: an SMS sender too long is refused and kept, then a good one saved
      chromium.type("#senders\\:mailFromName", "Ufficio Firme Testi");
      chromium.type("#senders\\:smsSender", "Testi Fiduciaria");
      chromium.submit("#senders\\:save");
      chromium.awaitText("#messages", "RES-087");
      assertThat(chromium.find("#senders\\:smsSender").getAttribute("value"))
          .isEqualTo("Testi Fiduciaria");
      chromium.type("#senders\\:smsSender", "TESTIFID");
      chromium.submit("#senders\\:save");
      chromium.awaitText("#messages", "Mittenti salvati");

      // the audit names the notification and the language, never the text
      assertThat(Database.auditDetails(tenant.slug(), "notification.saved"))
          .contains(MAIL_KIND + " it", MAIL_KIND + " en", SMS_KIND + " it")
          .noneMatch(detail -> detail.contains("NT-MARK"));
      assertThat(Database.auditActors(tenant.slug(), "notification.senders.saved"))
          .containsExactly(operator);

      // a holder's reminder now comes with the tenant's texts, from its senders
      remindAHolder(clients, smsc, mailbox);
    }
  }

  /** A holder whose certificate is 10 days from expiry gets the reminder by e-mail and SMS. */
  private void remindAHolder(TenantClient clients, Smsc smsc, Mailbox mailbox) throws Exception {
    PlatformOperator platform = clients.platform();
    platform.reminderDays(tenant.slug(), 10);
    HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), clients.person("scadenza"));
    TenantApi holder = new TenantApi(base, tenant.host(), clients.token(anna.username()));
    HolderSteps.activeWithToken(
        holder, new TenantApi(base, tenant.host(), clients.serviceToken()), anna);
    HttpResponse<String> certificates = holder.get("/api/signature/certificates");
    assertThat(certificates.statusCode()).as(certificates.body()).isEqualTo(200);
    Instant notAfter =
        Instant.parse(TenantApi.group("\"notAfter\":\"([^\"]+)\"", certificates.body()));
    smsTo(smsc, anna.mobile());
    try {
      clock(platform, notAfter.minus(Duration.ofDays(10)).plus(Duration.ofHours(1)));
      HttpResponse<String> run =
          platform.send("POST", "/api/platform/housekeeping/runs", null, null);
      assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    } finally {
      clock(platform, null);
    }

    List<Smsc.Sms> sms = smsTo(smsc, anna.mobile());
    assertThat(sms).hasSize(1);
    assertThat(sms.get(0).text())
        .startsWith("Testi Fiduciaria: ")
        .contains("NT-MARK-S", tenant.host() + "/signature/renewal.xhtml");
    assertThat(sms.get(0).source()).isEqualTo("TESTIFID");

    MimeMessage mail = reminder(mailbox, anna.email());
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal())
        .isEqualTo("Ufficio Firme Testi");
    assertThat(mail.getSubject()).startsWith("Testi Fiduciaria: ");
    assertThat(find(mail, "multipart/alternative")).as("multipart/alternative").isNotNull();
    Part plain = find(mail, "text/plain");
    Part html = find(mail, "text/html");
    assertThat(plain).isNotNull();
    assertThat(html).isNotNull();
    assertThat(String.valueOf(plain.getContent()))
        .contains("NT-MARK", tenant.host() + "/signature/renewal.xhtml");
    String page = String.valueOf(html.getContent());
    assertThat(page.toLowerCase(Locale.ROOT)).contains(PRIMARY, "nt-mark");
    assertThat(page).containsAnyOf("cid:logo", "Testi Fiduciaria");
  }

  @Test
  void aPasswordOnlyOperatorAndAnotherTenantsOperatorChangeNothing() {
    TenantClient clients = people();
    // password alone: the page asks for the staff step, the API is refused by the business layer
    HttpBrowser passwordOnly = new HttpBrowser(base, tenant.host()).manualStaffStepUp();
    HttpBrowser.Page stepUp =
        passwordOnly.signIn(
            passwordOnly.open("/operator/notifications.xhtml"), operator, Account.PASSWORD);
    assertThat(stepUp.path()).endsWith("/staff/");
    HttpResponse<String> listing =
        passwordOnly.api("GET", "/api/operator/notifications", null, null);
    assertThat(listing.statusCode()).as(listing.body()).isEqualTo(403);
    assertThat(listing.body()).contains("SIG-090").doesNotContain(MAIL_KIND);
    HttpResponse<String> put =
        passwordOnly.api(
            "PUT",
            "/api/operator/notifications/SIGNATURE_CONTACT_CHANGED_SMS/it",
            "application/json",
            "{\"body\":\"{{portal}}: cambiato {{contact}} PW-ONLY\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
    assertThat(put.body()).contains("SIG-090");

    // another tenant's back end, on this tenant's host: refused; on its own: its own texts only
    TestTenants.Tenant rival = TestTenants.active("rival", "Rivale Servizi", "#333333", "#777777");
    try (TenantClient rivals = new TenantClient(base, rival.slug())) {
      // their operator, signed in on this portal, is no member here
      String rivalOperator = Account.uniqueName("op");
      rivals.platform().createAccount(rival.slug(), rivalOperator, "user", "operator");
      HttpBrowser stranger = new HttpBrowser(base, tenant.host());
      HttpBrowser.Page notMember =
          stranger.signIn(
              stranger.open("/operator/notifications.xhtml?kind=" + MAIL_KIND),
              rivalOperator,
              Account.PASSWORD);
      assertThat(notMember.body()).contains("SIG-060").doesNotContain("NT-MARK");
      HttpResponse<String> strangerApi =
          stranger.api("GET", "/api/operator/notifications", null, null);
      assertThat(strangerApi.statusCode()).isIn(401, 403);
      assertThat(strangerApi.body()).doesNotContain(MAIL_KIND);
      String text = "{\"body\":\"{{portal}}: cambiato {{contact}} RIVAL\"}";
      HttpResponse<String> crossHost =
          new TenantApi(base, tenant.host(), rivals.serviceToken())
              .put("/api/operator/notifications/SIGNATURE_CONTACT_CHANGED_SMS/it", text);
      assertThat(crossHost.statusCode()).as(crossHost.body()).isEqualTo(403);
      HttpResponse<String> ownHost =
          new TenantApi(base, rival.host(), rivals.serviceToken())
              .put("/api/operator/notifications/SIGNATURE_CONTACT_CHANGED_SMS/it", text);
      assertThat(ownHost.statusCode()).as(ownHost.body()).isEqualTo(200);
      assertThat(ownHost.body()).contains("RIVAL");
    }
    HttpResponse<String> mine =
        new TenantApi(base, tenant.host(), clients.serviceToken())
            .get("/api/operator/notifications");
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    assertThat(mine.body()).contains(MAIL_KIND).doesNotContain("RIVAL", "PW-ONLY");
  }

  @Test
  void aPreviewOfACodeMessageShowsASampleAndABadTextIsRefusedOverTheApi() {
    TenantApi backEnd = new TenantApi(base, tenant.host(), people().serviceToken());
    HttpResponse<String> preview =
        backEnd.post(
            "/api/operator/notifications/SMS_CODE_LOGIN/it/preview",
            "{\"body\":\"{{portal}}: il codice è {{code}}, vale {{minutes}} minuti\"}");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body())
        .contains("Testi Fiduciaria: il codice è 123456, vale 10 minuti")
        .doesNotContain("{{");
    HttpResponse<String> missing =
        backEnd.put(
            "/api/operator/notifications/SMS_CODE_LOGIN/it", "{\"body\":\"{{portal}}: ciao\"}");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body()).contains("RES-081");
    HttpResponse<String> english =
        backEnd.put(
            "/api/operator/notifications/SMS_CODE_LOGIN/de", "{\"body\":\"{{code}} {{portal}}\"}");
    assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
    assertThat(english.body()).contains("RES-088");
  }

  @Test
  void aChangedSignInCodeTextStillDeliversAWorkingCode() throws Exception {
    TenantClient clients = people();
    TenantApi backEnd = new TenantApi(base, tenant.host(), clients.serviceToken());
    for (String lang : List.of("it", "en")) {
      HttpResponse<String> saved =
          backEnd.put(
              "/api/operator/notifications/SMS_CODE_LOGIN/" + lang,
              "{\"body\":\"LOGIN-MARK {{portal}}: {{code}} ({{minutes}} min)\"}");
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }
    String mario = clients.person("mario");
    String mobile = HolderSteps.freshMobile();
    Database.insertIdentity(
        tenant.slug(),
        mario,
        "Mario",
        "Rossi",
        mario + "@" + tenant.slug() + ".example",
        mobile,
        null,
        true);
    try (Smsc smsc = Smsc.fromEnvironment()) {
      HttpBrowser browser = new HttpBrowser(base, tenant.host());
      HttpBrowser.Page step =
          browser.signIn(browser.open("/credentials/"), mario, Account.PASSWORD);
      assertThat(HttpBrowser.isLevelTwoStep(step)).as(step.body()).isTrue();
      HttpBrowser.Page sent = browser.submitHtml(step, "sigillo-l2-sms-send", Map.of());
      Smsc.Sms sms = smsc.next();
      assertThat(sms.destination().replace("+", "")).isEqualTo(mobile.replace("+", ""));
      assertThat(sms.text()).matches("LOGIN-MARK Testi Fiduciaria: [0-9]{6} \\(\\d+ min\\)");
      HttpBrowser.Page credentials =
          browser.submitHtml(sent, "sigillo-l2-sms", Map.of("code", sms.code()));
      assertThat(credentials.path()).as(credentials.body()).endsWith("/credentials/");
    }
  }

  private String page(String path) {
    return Chromium.on(base, tenant.host(), path);
  }

  private static void clock(PlatformOperator platform, Instant at) {
    long offset = at == null ? 0 : Duration.between(Instant.now(), at).getSeconds();
    HttpResponse<String> set =
        platform.send(
            "PUT",
            "/api/platform/clock",
            "application/json",
            ("{\"offsetSeconds\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
  }

  /** The SMS that reached the SMSC for this number since the last call (others are dropped). */
  private static List<Smsc.Sms> smsTo(Smsc smsc, String mobile) throws InterruptedException {
    String number = mobile.replace("+", "");
    List<Smsc.Sms> mine = new ArrayList<>();
    Thread.sleep(1_000);
    while (!smsc.nothingReceived()) {
      Smsc.Sms sms = smsc.next();
      if (sms.destination().replace("+", "").equals(number)) {
        mine.add(sms);
      }
    }
    return mine;
  }

  /** The reminder e-mail as it arrived, with one of the operator's subjects. */
  private static MimeMessage reminder(Mailbox mailbox, String email) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<String> seen = new ArrayList<>();
    while (true) {
      seen.clear();
      for (MimeMessage message : mailbox.messages(email)) {
        String subject = String.valueOf(message.getSubject());
        seen.add(subject);
        if (subject.startsWith("Testi Fiduciaria: la firma scade il ")
            || subject.startsWith("Testi Fiduciaria: your signature expires on ")) {
          return message;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no reminder with the operator's subject to " + email + ": " + seen);
      }
      Thread.sleep(500);
    }
  }

  /** The first part of this MIME type in the message, at any depth; null when none. */
  private static Part find(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return part;
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        Part found = find(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
