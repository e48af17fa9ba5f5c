package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * axe-core on every page of the portal, in Italian and English, as a person who is user, operator
 * and platform operator at once: no serious or critical violation. Also: the skip link is the first
 * thing the keyboard reaches, and it leads to the main content.
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
  void everyPageHasNoSeriousOrCriticalAxeViolationInItalianAndEnglish() {
    try (Platform platform = new Platform(base);
        Chromium chromium = new Chromium()) {
      String alpha = Platform.slug("alpha");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String person = "op-" + alpha;
      platform.createAccount(alpha, person, "\"user\",\"operator\"");
      platform.grantPlatformAdmin(person);
      People.identity(alpha, person, "Ornella", "Operatrice", "PRTRNL80A41H501X");

      Map<String, List<String>> violations = new LinkedHashMap<>();
      for (String page :
          List.of(
              "/", "/guides/", "/guides/guide.xhtml?slug=screenshot-android", "/no-such-page")) {
        scan(chromium, host, "signed out", page, violations);
      }

      // Keycloak's login page in the Sigillo theme is part of every reseller's portal too
      chromium.open(Chromium.on(base, host, "/account/"));
      chromium.await("#kc-form-login");
      Axe.Result login = Axe.scan(chromium);
      System.out.println(
          "axe keycloak login: passed rules "
              + login.passedRules()
              + ", violations "
              + login.countsByImpact()
              + " "
              + login.serious());
      violations.put("keycloak login", login.serious());
      saveScreenshot(chromium, "keycloak-login");
      chromium.signIn(person, Platform.PASSWORD);
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
              "/operator/tokens.xhtml",
              "/platform/",
              "/platform/tenant.xhtml",
              "/platform/tenant.xhtml?slug=" + alpha,
              "/no-such-page");
      for (String language : List.of("it", "en")) {
        chromium.open(Chromium.on(base, host, "/lang?to=" + language + "&back=/"));
        for (String page : pages) {
          scan(chromium, host, "signed in", page, violations);
        }
      }
      assertThat(violations).as("pages scanned: %s", violations.keySet()).hasSize(2 * 18 + 4 + 1);
      Map<String, List<String>> failing = new LinkedHashMap<>();
      violations.forEach(
          (page, found) -> {
            if (!found.isEmpty()) {
              failing.put(page, found);
            }
          });
      assertThat(failing).isEmpty();
    }
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
    try (Platform platform = new Platform(base);
        Chromium chromium = new Chromium()) {
      String alpha = Platform.slug("alpha");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
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

  private void scan(
      Chromium chromium,
      String host,
      String who,
      String page,
      Map<String, List<String>> violations) {
    chromium.open(Chromium.on(base, host, page));
    String language = String.valueOf(chromium.script("return document.documentElement.lang;"));
    Axe.Result result = Axe.scan(chromium);
    // the figures for the closing note: every impact, not only the ones that fail the test
    System.out.println(
        "axe "
            + who
            + " "
            + language
            + " "
            + page
            + ": passed rules "
            + result.passedRules()
            + ", violations "
            + result.countsByImpact());
    violations.put(who + " " + language + " " + page, result.serious());
    saveScreenshot(chromium, who + "-" + language + "-" + page);
  }

  /** A picture of every scanned page under target/screenshots, for people to look at. */
  private static void saveScreenshot(Chromium chromium, String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(dir);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) chromium.driver())
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "_") + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
