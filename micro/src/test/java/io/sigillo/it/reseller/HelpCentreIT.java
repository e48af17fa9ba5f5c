package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.PlatformOperator;
import java.net.URL;
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

  private static void vote(Chromium chromium, int rating, String comment) {
    chromium.find("input[name='feedback:rating'][value='" + rating + "']").click();
    chromium.find("#feedback\\:comment").clear();
    chromium.find("#feedback\\:comment").sendKeys(comment);
    chromium.find("#feedback\\:vote").click();
    chromium.awaitText("#my-vote", "voto: " + rating + "/5");
  }
}
