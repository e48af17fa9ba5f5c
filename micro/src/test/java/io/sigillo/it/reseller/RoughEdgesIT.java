package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.identity.Holders;
import io.sigillo.it.identity.Holders.Holder;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.RegisteredApps;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.By;

/**
 * The rough edges found walking the portal as a customer and as an operator (issue 15, item 4),
 * each met as a person meets it: the first association of an app worded as a first one; the support
 * form that keeps the error it was opened for, and a screenshot shown as a thumbnail; the SPID
 * pages' forms styled like the rest; the operator console's localised states, Italian times, a
 * refused unlock of a lost device, support requests closed and reopened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoughEdgesIT {

  private static final Pattern MANUAL_KEY = Pattern.compile("id=\"manual-key\"[^>]*>([A-Z2-7 ]+)<");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void aFirstAssociationSpeaksOfNoOldAppAndAReconfigurationDoes() throws Exception {
    try (Smsc smsc = Smsc.fromEnvironment();
        Holders holders = new Holders(base)) {
      String tenant = holders.tenant("edges-first", "Prima Fiduciaria");
      Holder holder = holders.holder(tenant, "primo", SpidApp.mobile());
      HttpBrowser browser = new HttpBrowser(base, holder.host());
      Page page =
          browser.signIn(browser.open("/credentials/"), holder.username(), Holders.PASSWORD);
      page = browser.levelTwoBySms(page, smsc);
      assertThat(page.path()).as(page.body()).endsWith("/credentials/");

      Page confirm = browser.open("/credentials/reconfigure.xhtml");
      assertThat(text(confirm))
          .contains("Associa l'app OTP", "ti mostriamo il codice QR da inquadrare")
          .doesNotContain("vecchia app", "Riconfigura l'app OTP");
      Page smsStep = browser.submit(confirm, "reconfigure", Map.of(), "confirm");
      // the SMS says the same: no phone to change, an app to set up
      Smsc.Sms firstSms = smsc.next();
      assertThat(firstSms.text())
          .contains("associare l'app OTP")
          .doesNotContain("riconfigurare", "nuovo telefono");
      Page associate =
          browser.submit(smsStep, "reconfigure", Map.of("smsCode", firstSms.code()), "verify");
      assertThat(text(associate))
          .contains("first-association", "Segui i passi")
          .doesNotContain("vecchia app", "old-app-revoked");
      Matcher key = MANUAL_KEY.matcher(associate.body());
      assertThat(key.find()).as(associate.body()).isTrue();
      OtpApp app = OtpApp.fromBase32(key.group(1));
      Page done =
          browser.submit(
              associate,
              "reconfigure",
              Map.of("firstCode", app.totp(Instant.now().minusSeconds(30))),
              "confirmApp");
      assertThat(done.body()).as(done.body()).contains("association-complete");

      // now there is an app that a new association switches off: the page says so
      Page again = browser.open("/credentials/reconfigure.xhtml");
      assertThat(text(again))
          .contains("Riconfigura l'app OTP", "la vecchia app smette di funzionare")
          .doesNotContain("Associa l'app OTP");
      browser.submit(again, "reconfigure", Map.of(), "confirm");
      assertThat(smsc.next().text()).contains("riconfigurare l'app OTP su un nuovo telefono");
    }
  }

  @Test
  void theSupportFormKeepsTheErrorItWasOpenedForAndTheScreenshotIsAThumbnailToOpen()
      throws Exception {
    try (Holders holders = new Holders(base);
        Chromium mario = new Chromium(1280, 800)) {
      String tenant = holders.tenant("edges-help", "Aiuto Fiduciaria");
      Holder holder = holders.holder(tenant, "mario", SpidApp.mobile());
      String operator = holders.operator(tenant);

      // an error somewhere in the portal: the error page's "ask for help" opens the form with it
      mario.open(Chromium.on(base, holder.host(), "/support/request.xhtml?id=987654321"));
      mario.signIn(holder.username(), Holders.PASSWORD);
      String reported = mario.await(".error-code").getText();
      assertThat(reported).isEqualTo("RES-007");
      mario.click("#ask-for-help");
      mario.await("#support\\:description");
      assertThat(mario.find("#support\\:errorCode").getAttribute("value")).isEqualTo(reported);

      // the form's own refusal is shown, and is not what the request reports
      mario.type("#support\\:description", "corto");
      mario.submit("#support\\:send");
      assertThat(mario.awaitText("#messages", "RES-008").getText()).contains("RES-008");
      assertThat(mario.find("#support\\:errorCode").getAttribute("value")).isEqualTo(reported);
      // nor when the form is opened again from the portal's "ask for help" link (its address)
      assertThat(mario.find("#ask-for-help").getAttribute("href")).endsWith("/support/new.xhtml");
      mario.open(Chromium.on(base, holder.host(), "/support/new.xhtml"));
      mario.await("#support\\:description");
      assertThat(mario.find("#support\\:errorCode").getAttribute("value")).isEqualTo(reported);

      Path screenshot = Files.createTempFile("wide", ".png");
      Files.write(screenshot, TenantBrandingIT.png(1600, 1000, false));
      mario.type("#support\\:description", "La richiesta non si apre, allego la schermata.");
      mario.find("#support\\:screenshot").sendKeys(screenshot.toString());
      mario.submit("#support\\:send");
      mario.await("#created");
      assertThat(mario.find("#request-code").getText()).isEqualTo(reported);
      String requestPage = mario.url();

      // a thumbnail inside the page, linking to the picture at full size
      mario.awaitVisible(By.id("screenshot"));
      Number shown = (Number) mario.script("return document.querySelector('#screenshot').width;");
      Number natural =
          (Number) mario.script("return document.querySelector('#screenshot').naturalWidth;");
      assertThat(natural.intValue()).isEqualTo(1600);
      assertThat(shown.intValue()).isBetween(1, 400);
      assertThat(mario.find("#screenshot-link").getAttribute("href"))
          .contains("/support/screenshot?id=");
      assertThat((Boolean) mario.script(NO_HORIZONTAL_OVERFLOW)).isTrue();

      // the operator closes it: audited, the requester sees it closed and cannot write to it
      try (Chromium op = new Chromium()) {
        // the console first: staff powers count at level 2 (the staff step-up)
        op.open(Chromium.on(base, holder.host(), "/operator/support.xhtml"));
        op.signIn(operator, Account.PASSWORD);
        op.await("#queue");
        op.open(requestPage.replace("&created=true", "").replace("created=true&", ""));
        op.await("#state\\:close");
        op.submit("#state\\:close");
        assertThat(op.awaitTextOf("#request-status", "Chiusa")).isEqualTo("Chiusa");
        assertThat(Database.auditActors(tenant, "support.closed")).containsExactly(operator);

        mario.open(requestPage);
        assertThat(mario.awaitTextOf("#request-status", "Chiusa")).isEqualTo("Chiusa");
        assertThat(mario.find("#closed-notice").getText()).contains("chiusa");
        assertThat(mario.all("#reply\\:send")).isEmpty();
        assertThat(mario.all("#state\\:close, #state\\:reopen")).isEmpty();

        op.submit("#state\\:reopen");
        assertThat(op.awaitTextOf("#request-status", "Aperta")).isEqualTo("Aperta");
        assertThat(Database.auditActors(tenant, "support.reopened")).containsExactly(operator);
        mario.open(requestPage);
        assertThat(mario.awaitTextOf("#request-status", "Aperta")).isEqualTo("Aperta");
        assertThat(mario.all("#reply\\:send")).hasSize(1);
      }
    }
  }

  @Test
  void theSpidPagesFormsLookLikeThePortalsAndTheCardsHaveNoBullets() throws Exception {
    try (Smsc smsc = Smsc.fromEnvironment();
        Holders holders = new Holders(base);
        Chromium person = new Chromium(1280, 800)) {
      String tenant = holders.tenant("edges-look", "Stile Fiduciaria");
      Holder holder = holders.holder(tenant, "stile", SpidApp.mobile());
      person.open(Chromium.on(base, holder.host(), "/credentials/"));
      person.signIn(holder.username(), Holders.PASSWORD);
      person.levelTwoBySms(smsc);
      person.open(Chromium.on(base, holder.host(), "/credentials/mobile.xhtml"));
      person.await("input[type=password]");

      Map<?, ?> look = (Map<?, ?>) person.script(LOOK);
      // a button in the tenant's accent colour, not the browser's grey
      assertThat(look.get("buttonBackground")).isEqualTo(look.get("accent"));
      assertThat(look.get("buttonBackground")).isNotEqualTo("rgb(239, 239, 239)");
      // the password field as tall and as bordered as the text field next to it
      assertThat(look.get("passwordHeight")).isEqualTo(look.get("textHeight"));
      assertThat(look.get("passwordBorder")).isEqualTo(look.get("textBorder"));
      assertThat(((Number) look.get("textHeight")).intValue()).isGreaterThanOrEqualTo(30);

      // the signature home's action cards, as its page writes them, under the portal's stylesheet
      Object bullets =
          person.script(
              "const ul = document.createElement('ul'); ul.className = 'cards signature-actions';"
                  + " const li = document.createElement('li'); li.className = 'card';"
                  + " ul.appendChild(li); document.querySelector('main').appendChild(ul);"
                  + " return getComputedStyle(li).listStyleType;");
      assertThat(bullets).isEqualTo("none");
    }
  }

  @Test
  void theOperatorSeesLocalisedStatesItalianTimesAndCannotUnlockALostDevice() throws Exception {
    try (Holders holders = new Holders(base);
        Chromium operator = new Chromium(1280, 1000)) {
      String tenant = holders.tenant("edges-op", "Console Fiduciaria");
      Holder holder = holders.holder(tenant, "anna", SpidApp.mobile());
      String op = holders.operator(tenant);
      RegisteredApps.insert(
          tenant,
          holder.username(),
          "12345678901234567890".getBytes(StandardCharsets.US_ASCII),
          "SHA1",
          6,
          30);

      String personPage = Chromium.on(base, holder.host(), "/operator/person.xhtml?u=");
      operator.open(personPage + holder.username());
      operator.signIn(op, Account.PASSWORD);
      assertThat(operator.awaitTextOf(".device-state", "Attivo")).isEqualTo("Attivo");
      assertThat(operator.find(".device-type").getText()).isEqualTo("App OTP");
      assertThat(operator.find("#identity-status").getText()).isEqualTo("Attiva");
      assertThat(operator.source()).doesNotContain(">ACTIVE<", ">TOTP<");

      operator.type("#device\\:reason", "Telefono rubato, denuncia presentata");
      operator.submit("#device\\:lost");
      assertThat(operator.awaitTextOf(".device-state", "Smarrito")).isEqualTo("Smarrito");

      // unlocking a lost device changes nothing: a catalogued refusal, not a success
      operator.type("#device\\:reason", "Richiesta del titolare");
      operator.submit("#device\\:unlock");
      assertThat(operator.awaitText("#messages", "OTP-007").getText())
          .contains("OTP-007")
          .doesNotContain("Dispositivo sbloccato");
      assertThat(Database.auditActors(tenant, "otp.device.unlocked")).isEmpty();
      assertThat(
              Database.count(
                  "select count(*) from otp_device where tenant_id = ? and owner = ?"
                      + " and status = 'LOST'",
                  tenant,
                  holder.username()))
          .isEqualTo(1);

      // the events' times are Rome's, as the audit trail's instants say
      operator.open(personPage + holder.username());
      String shown = operator.await("#events .event-time").getText();
      long recorded =
          Database.count(
              "select extract(epoch from occurred_at)::bigint from audit_event"
                  + " where tenant_id = ? and subject like ? order by id desc limit 1",
              tenant,
              "%" + holder.username() + "%");
      Instant read =
          LocalDateTime.parse(shown, DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
              .atZone(ZoneId.of("Europe/Rome"))
              .toInstant();
      assertThat(Duration.between(read, Instant.ofEpochSecond(recorded)).abs())
          .isLessThan(Duration.ofMinutes(2));

      search(operator, holder.host(), holder.username());
      assertThat(operator.find(".identity-status").getText()).isEqualTo("Attiva");
    }
  }

  /**
   * The person page's events name what happened in words, with the outcome in words: a device
   * reported lost by the operator, a refused code (as the registry writes it), and an action this
   * page has no label for yet, which still reads as an event of its area rather than a key.
   */
  @Test
  void theOperatorReadsEventsInWordsWithTheirOutcomeNotActionKeys() throws Exception {
    try (Holders holders = new Holders(base)) {
      String tenant = holders.tenant("edges-ev", "Eventi Fiduciaria");
      Holder holder = holders.holder(tenant, "anna", SpidApp.mobile());
      String op = holders.operator(tenant);
      long device =
          RegisteredApps.insert(
              tenant,
              holder.username(),
              "12345678901234567890".getBytes(StandardCharsets.US_ASCII),
              "SHA1",
              6,
              30);
      // what the registry writes when a back end checks a wrong code, and an action of a later
      // version that this page has no words for
      String row =
          "insert into audit_event (tenant_id, actor, action, subject, detail, correlation_id,"
              + " occurred_at) values (?, ?, ?, ?, ?, 'it', now())";
      Database.update(
          row,
          tenant,
          "it-backend",
          "otp.code.validation",
          "otp-device:" + device,
          "SIGN REJECTED");
      Database.update(row, tenant, holder.username(), "otp.card.printed", "", "");

      HttpBrowser operator = new HttpBrowser(base, holder.host());
      Page page =
          operator.signIn(
              operator.open("/operator/person.xhtml?u=" + holder.username()), op, Account.PASSWORD);
      Page lost =
          operator.submit(
              page,
              "device",
              Map.of("deviceId", Long.toString(device), "reason", "Telefono rubato"),
              "lost");
      assertThat(text(lost)).as(lost.body()).contains("Smarrito");
      Page shown = operator.open("/operator/person.xhtml?u=" + holder.username());
      String events = text(shown);
      events = events.substring(events.indexOf("id=\"events\""));
      assertThat(events)
          .as(events)
          .contains("Dispositivo OTP segnalato come smarrito", "Telefono rubato")
          .contains("Verifica di un codice OTP", "Esito: rifiutato")
          .contains("Evento dei dispositivi OTP (otp.card.printed)")
          .doesNotContain(">otp.code.validation<", ">otp.device.lost<");

      String inEnglish =
          text(
              operator.get(
                  operator.at("/operator/person.xhtml?u=" + holder.username()),
                  "Accept-Language",
                  "en"));
      assertThat(inEnglish.substring(inEnglish.indexOf("id=\"events\"")))
          .contains("OTP device reported lost", "OTP code check", "Outcome: refused");
    }
  }

  private void search(Chromium operator, String host, String text) {
    operator.open(Chromium.on(base, host, "/operator/?q=" + text));
    operator.await("#results, #no-results");
  }

  private static String text(Page page) {
    return HttpBrowser.unescape(page.body());
  }

  private static final String NO_HORIZONTAL_OVERFLOW =
      "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;";

  /** Computed looks of the mobile-change form's button and fields, and the tenant's accent. */
  private static final String LOOK =
      "const button = document.querySelector('main input[type=submit]');"
          + " const password = document.querySelector('main input[type=password]');"
          + " const text = document.querySelector('main input[type=text], main input[type=tel]');"
          + " const probe = document.createElement('span');"
          + " probe.style.color = getComputedStyle(document.documentElement)"
          + ".getPropertyValue('--brand-accent').trim();"
          + " document.body.appendChild(probe);"
          + " return {buttonBackground: getComputedStyle(button).backgroundColor,"
          + " accent: getComputedStyle(probe).color,"
          + " passwordHeight: password.getBoundingClientRect().height,"
          + " textHeight: text.getBoundingClientRect().height,"
          + " passwordBorder: getComputedStyle(password).border,"
          + " textBorder: getComputedStyle(text).border};";
}
