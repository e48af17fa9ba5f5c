package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.reseller.guide.application.PlatformGuides;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The help centre: the platform's guides in Italian and English, feedback counted once per person,
 * operators see it and write guides whose Markdown cannot run a script.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpCentreIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void feedbackIsCountedOncePerPersonAndOperatorsSeeIt() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String alpha = Account.uniqueName("alpha");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      platform.createAccount(alpha, "mario-" + alpha, "user");
      platform.createAccount(alpha, "op-" + alpha, "user", "operator");

      try (Chromium visitor = new Chromium()) {
        visitor.open(Chromium.on(base, host, "/guides/"));
        assertThat(visitor.find("#guides").getText())
            .contains("Correggere l'ora del telefono", "Fare una schermata su iPhone e iPad");
        visitor.open(Chromium.on(base, host, "/lang?to=en&back=/guides/"));
        visitor.await("#guides");
        assertThat(visitor.find("#guides").getText())
            .contains("Fixing the phone's clock", "Taking a screenshot on Windows");
      }

      try (Chromium mario = new Chromium()) {
        mario.open(Chromium.on(base, host, "/account/"));
        mario.signIn("mario-" + alpha, Account.PASSWORD);
        mario.open(Chromium.on(base, host, "/guides/guide.xhtml?slug=phone-clock"));
        assertThat(mario.find("#guide-body").getText()).contains("Data e ora");
        assertThat(mario.find("#contact-reseller").getAttribute("href"))
            .endsWith("/support/new.xhtml");
        vote(mario, 2, "Non trovo la voce Data e ora");
        assertThat(mario.find("#my-vote").getText()).contains("voto: 2/5");
        vote(mario, 5, "Trovata, grazie");
        assertThat(mario.find("#my-vote").getText()).contains("voto: 5/5");
      }
      assertThat(
              Database.count(
                  "select count(*) from guide_feedback where tenant_id = ? and guide_slug = ?",
                  alpha,
                  "phone-clock"))
          .isEqualTo(1);

      try (Chromium operator = new Chromium()) {
        operator.open(Chromium.on(base, host, "/operator/guides.xhtml"));
        operator.signIn("op-" + alpha, Account.PASSWORD);
        operator.await("#feedback");
        String row = operator.find("tr[data-slug='phone-clock']").getText();
        assertThat(row).contains("Trovata, grazie").doesNotContain("Non trovo");
        assertThat(operator.find("tr[data-slug='phone-clock'] .votes").getText()).isEqualTo("1");
        assertThat(operator.find("tr[data-slug='phone-clock'] .average").getText())
            .isEqualTo("5.0");
      }
    }
  }

  @Test
  void anOperatorsGuideIsRenderedWithItsScriptsInert() {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium operator = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String beta = Account.uniqueName("beta");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createAccount(alpha, "op-" + alpha, "user", "operator");

      operator.open(Chromium.on(base, host, "/operator/guide-edit.xhtml"));
      operator.signIn("op-" + alpha, Account.PASSWORD);
      operator.await("#guide\\:slug").sendKeys("pin-busta");
      operator.find("#guide\\:title").sendKeys("Dove trovo il PIN");
      operator
          .find("#guide\\:body")
          .sendKeys(
              "Il PIN è nella **busta cieca**.\n\n<script>window.pwned = true</script>\n\n"
                  + "<img src=x onerror=\"window.pwned = true\">\n\n"
                  + "[clic](javascript:window.pwned=true)");
      operator.find("#guide\\:save").click();
      operator.await("#guide-body");
      assertThat(operator.find("#guide-body strong").getText()).isEqualTo("busta cieca");
      assertThat(operator.find("#guide-body").getText())
          .contains("<script>window.pwned = true</script>");
      assertThat(operator.all("#guide-body script")).isEmpty();
      assertThat(operator.all("#guide-body img")).isEmpty();
      assertThat(operator.find("#guide-body a").getAttribute("href")).doesNotContain("javascript");
      assertThat(operator.script("return window.pwned === undefined;")).isEqualTo(true);
      assertThat(Database.auditActors(alpha, "guide.saved")).containsExactly("op-" + alpha);

      // the guide is alpha's: beta's help centre does not have it
      operator.open(Chromium.on(base, betaHost, "/guides/guide.xhtml?slug=pin-busta"));
      operator.await(".error-code");
      assertThat(operator.find(".error-code").getText()).isEqualTo("RES-009");
    }
  }

  /**
   * Every label, page and guide the platform's guides name is resolved on the rendered guide (no
   * reference is left as written); every page they link answers a signed-in person, with the label
   * the guide gives it, or asks for level 2 first; every screenshot is served.
   */
  @Test
  void theGuidesLinkPagesThatAnswerWithTheLabelTheGuideNames() {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String tenant = Account.uniqueName("guides");
      String host = platform.createTenant(tenant, "Guide Fiduciaria", "#0b5394", "#e69138");
      platform.createAccount(tenant, "anna-" + tenant, "user");

      HttpBrowser reader = new HttpBrowser(base, host);
      Set<String> links = new TreeSet<>();
      Set<String> images = new TreeSet<>();
      for (String lang : List.of("it", "en")) {
        reader.open("/lang?to=" + lang + "&back=/guides/");
        for (String slug : PlatformGuides.SLUGS) {
          Page guide = reader.open("/guides/guide.xhtml?slug=" + slug);
          assertThat(guide.status()).as(slug).isEqualTo(200);
          String body = guide.body().substring(guide.body().indexOf("id=\"guide-body\""));
          body = body.substring(0, body.indexOf("</article>"));
          assertThat(body)
              .as(slug + "_" + lang)
              .doesNotContain("[[")
              .containsAnyOf("ui-label", "ui-guide");
          Matcher link = PAGE_LINK.matcher(body);
          while (link.find()) {
            links.add(lang + " " + link.group(1) + " " + HttpBrowser.unescape(link.group(2)));
          }
          Matcher image = IMAGE.matcher(body);
          while (image.find()) {
            images.add(image.group(1));
          }
          assertThat(guide.body()).contains("id=\"contact-reseller\"", "id=\"feedback-title\"");
        }
      }
      assertThat(images).isNotEmpty();
      for (String image : images) {
        Page served = reader.get(reader.at("/guides/").resolve(image));
        assertThat(served.status()).as(image).isEqualTo(200);
        assertThat(served.header("Content-Type")).as(image).startsWith("image/png");
      }

      HttpBrowser person = new HttpBrowser(base, host);
      person.signIn(person.open("/account/"), "anna-" + tenant, Account.PASSWORD);
      assertThat(links).hasSizeGreaterThan(5);
      for (String link : links) {
        String[] parts = link.split(" ", 3);
        person.open("/lang?to=" + parts[0] + "&back=/");
        Page page = person.open(HttpBrowser.on(base, host, "").resolve(parts[1]));
        if (HttpBrowser.isLevelTwoStep(page)) {
          continue;
        }
        assertThat(page.status()).as(link).isEqualTo(200);
        assertThat(page.url().getPath()).as(link).endsWith(parts[1]);
        assertThat(HttpBrowser.unescape(page.body())).as(link).contains(parts[2]);
      }
    }
  }

  private static final Pattern PAGE_LINK =
      Pattern.compile(
          "<a class=\"ui-page\" href=\"([^\"]+)\"><strong class=\"ui-label\">([^<]+)</strong></a>");
  private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");

  private static void vote(Chromium chromium, int rating, String comment) {
    chromium.find("input[name='feedback:rating'][value='" + rating + "']").click();
    chromium.find("#feedback\\:comment").clear();
    chromium.find("#feedback\\:comment").sendKeys(comment);
    chromium.find("#feedback\\:vote").click();
    chromium.awaitText("#my-vote", "voto: " + rating + "/5");
  }
}
