package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.PlatformOperator;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core on every page of the portal, in Italian and English, as a person who is user, operator
 * and platform operator at once, also in the states that show an error or an info message: no
 * serious or critical violation (the identity and signature pages: IdentityAccessibilityIT and
 * SignatureAccessibilityIT, next to the helpers that seed their people). Also: the skip link is the
 * first thing the keyboard reaches, and it leads to the main content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void everyPageHasNoSeriousOrCriticalAxeViolationInItalianAndEnglish() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium chromium = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String host =
          platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138", "+39 02 123456");
      String person = "op-" + alpha;
      platform.createAccount(alpha, person, "user", "operator");
      platform.keycloak().grantPlatformAdmin(person);
      Database.insertIdentity(alpha, person, "Ornella", "Operatrice", "PRTRNL80A41H501X");

      AxeScans scans = new AxeScans();
      for (String page :
          List.of(
              "/", "/guides/", "/guides/guide.xhtml?slug=screenshot-android", "/no-such-page")) {
        chromium.open(Chromium.on(base, host, page));
        scans.scan(chromium, "signed out", page);
      }

      // Keycloak's login page in the Sigillo theme is part of every reseller's portal too
      chromium.open(Chromium.on(base, host, "/account/"));
      chromium.await("#kc-form-login");
      scans.scan(chromium, "signed out", "keycloak login");
      chromium.signIn(person, Account.PASSWORD);
      chromium.open(Chromium.on(base, host, "/support/new.xhtml"));
      chromium.await("#support\\:description").sendKeys("Una richiesta per la verifica.");
      chromium.find("#support\\:send").click();
      chromium.await("#created");
      String request = chromium.url().replaceAll(".*[?&]id=(\\d+).*", "$1");

      List<String> pages =
          List.of(
              "/",
              "/account/",
              "/guides/",
              "/guides/guide.xhtml?slug=phone-clock",
              "/support/",
              "/support/new.xhtml",
              "/support/request.xhtml?id=" + request,
              "/operator/",
              "/operator/?q=Operatrice",
              "/operator/person.xhtml?u=" + person,
              "/operator/support.xhtml",
              "/operator/guides.xhtml",
              "/operator/guide-edit.xhtml",
              "/operator/notifications.xhtml",
              "/operator/notifications.xhtml?kind=SIGNATURE_EXPIRY_REMINDER_MAIL",
              "/operator/tokens.xhtml",
              "/platform/",
              "/platform/tenant.xhtml",
              "/platform/tenant.xhtml?slug=" + alpha,
              "/no-such-page");
      for (String language : List.of("it", "en")) {
        chromium.open(Chromium.on(base, host, "/lang?to=" + language + "&back=/"));
        for (String page : pages) {
          chromium.open(Chromium.on(base, host, page));
          scans.scan(chromium, "signed in", page);
        }
        pagesWithMessages(chromium, host, alpha, language, scans);
      }
      staffStepUp(platform, alpha, host, scans);
      assertThat(scans.pages())
          .as("pages scanned: %s", scans.pages())
          .hasSize(5 + 2 * (20 + 11 + 3));
      assertThat(scans.failing()).isEmpty();
    }
  }

  /**
   * The staff step-up page in its states, Italian and English: the code form of a staff member with
   * an app, and for one without, the activation step and the error of a mail server that refuses
   * the link (this class runs no mail server).
   */
  private void staffStepUp(PlatformOperator platform, String tenant, String host, AxeScans scans) {
    String withApp = "op-" + tenant;
    String without = "op2-" + tenant;
    platform.createAccount(tenant, without, "user", "operator");
    for (String language : List.of("it", "en")) {
      try (Chromium staff = new Chromium().manualStaffStepUp();
          Chromium newcomer = new Chromium().manualStaffStepUp()) {
        staff.open(Chromium.on(base, host, "/lang?to=" + language + "&back=/operator/"));
        staff.signIn(withApp, Account.PASSWORD);
        staff.await("#staffcode");
        scans.scan(staff, "staff", "/staff/ code");

        newcomer.open(Chromium.on(base, host, "/lang?to=" + language + "&back=/operator/"));
        newcomer.signIn(without, Account.PASSWORD);
        newcomer.await("#activation");
        scans.scan(newcomer, "staff", "/staff/ no device");
        newcomer.submit("#activation\\:send");
        newcomer.await("#messages .message-error");
        scans.scan(newcomer, "staff", "/staff/ link not sent (error)");
      }
    }
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium chromium = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String host =
          platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138", "+39 02 123456");
      chromium.open(Chromium.on(base, host, "/guides/"));
      chromium.find("body").sendKeys(Keys.TAB);
      assertThat(chromium.script("return document.activeElement.className;"))
          .isEqualTo("skip-link");
      chromium.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(chromium.url()).endsWith("#main");
      List<Object> focusable = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        chromium.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        focusable.add(chromium.script("return document.activeElement.tagName;"));
      }
      assertThat(focusable).contains("A");
    }
  }

  /**
   * The pages again in the states that show messages: an error after a bad submit, an info after a
   * successful action, as the support, guide, token and tenant forms answer them.
   */
  private void pagesWithMessages(
      Chromium chromium, String host, String tenant, String language, AxeScans scans)
      throws IOException {
    String who = "signed in";
    chromium.open(Chromium.on(base, host, "/support/new.xhtml"));
    chromium.submit("#support\\:send");
    chromium.await("#messages .message-error");
    scans.scan(chromium, who, "/support/new.xhtml no description (error)");
    Path notAnImage = Files.createTempFile(Path.of("target"), "a11y", ".png");
    Files.writeString(notAnImage, "not a picture");
    chromium.type("#support\\:description", "Allego la schermata dell'errore.");
    chromium.find("#support\\:screenshot").sendKeys(notAnImage.toAbsolutePath().toString());
    chromium.submit("#support\\:send");
    chromium.await("#messages .message-error");
    scans.scan(chromium, who, "/support/new.xhtml attachment not an image (error)");
    chromium.type("#support\\:description", "Una richiesta per la verifica, " + language + ".");
    chromium.submit("#support\\:send");
    chromium.await("#created");
    scans.scan(chromium, who, "/support/request.xhtml created (info)");

    chromium.open(Chromium.on(base, host, "/operator/guide-edit.xhtml"));
    chromium.submit("#guide\\:save");
    chromium.await("#messages .message-error");
    scans.scan(chromium, who, "/operator/guide-edit.xhtml empty guide (error)");
    chromium.type("#guide\\:slug", "accessibile-" + language);
    new Select(chromium.find("#guide\\:lang")).selectByValue(language);
    chromium.type("#guide\\:title", "Una guida accessibile");
    chromium.type("#guide\\:body", "Il testo della guida, in paragrafi.");
    chromium.submit("#guide\\:save");
    chromium.await("#messages .message-info");
    scans.scan(chromium, who, "/guides/guide.xhtml guide saved (info)");

    chromium.open(
        Chromium.on(
            base, host, "/operator/notifications.xhtml?kind=SIGNATURE_EXPIRY_REMINDER_MAIL"));
    chromium.submit("#edit\\:" + language + "Preview");
    chromium.await("#preview-html");
    scans.scan(chromium, who, "/operator/notifications.xhtml e-mail preview");
    chromium.type("#edit\\:" + language + "Subject", "{{portal}} {{nessuna}}");
    chromium.submit("#edit\\:" + language + "Save");
    chromium.await("#messages .message-error");
    scans.scan(chromium, who, "/operator/notifications.xhtml unknown variable (error)");

    chromium.open(Chromium.on(base, host, "/operator/tokens.xhtml"));
    chromium.submit("#tokens\\:check");
    chromium.await("#messages .message-error");
    scans.scan(chromium, who, "/operator/tokens.xhtml no file (error)");

    chromium.open(Chromium.on(base, host, "/platform/tenant.xhtml"));
    chromium.type("#tenant\\:slug", "Non Valido!");
    chromium.type("#tenant\\:displayName", "Nome");
    chromium.submit("#tenant\\:save");
    chromium.await("#messages .message-error");
    scans.scan(chromium, who, "/platform/tenant.xhtml bad slug (error)");
    chromium.open(Chromium.on(base, host, "/platform/tenant.xhtml?slug=" + tenant));
    chromium.submit("#tenant\\:save");
    chromium.await("#messages .message-info");
    scans.scan(chromium, who, "/platform/tenant.xhtml saved (info)");
    // past the browser's own min/max check, as a crafted request would be: the server refuses
    chromium.script(
        "arguments[0].removeAttribute('max');", chromium.find("#policies\\:loginLockout"));
    chromium.type("#policies\\:loginLockout", "99");
    chromium.submit("#policies\\:save");
    chromium.awaitText("#messages", "OTP-012");
    scans.scan(chromium, who, "/platform/tenant.xhtml OTP rule out of range (error)");
  }
}
