package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator console on the operator's own tenant only: token import (dry run, then import),
 * finding a person by surname, tax code or token serial, assigning a token and marking it lost with
 * a required reason, all audited under the operator's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorConsoleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void anOperatorFindsAPersonAssignsATokenAndMarksItLostOnlyOnTheirOwnTenant() throws IOException {
    try (Platform platform = new Platform(base);
        Chromium operator = new Chromium()) {
      String alpha = Platform.slug("alpha");
      String beta = Platform.slug("beta");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createAccount(alpha, "op-" + alpha, "\"user\",\"operator\"");
      String mario = "mario-" + alpha;
      People.identity(alpha, mario, "Mario", "Rossi", "RSSMRA80A01H501U");
      People.identity(beta, "luca-" + beta, "Luca", "Verdi", "VRDLCU85B02F205Z");
      String serial = "AT" + alpha.substring(alpha.length() - 8).toUpperCase();

      operator.open(Chromium.on(base, host, "/operator/tokens.xhtml"));
      operator.signIn("op-" + alpha, Platform.PASSWORD);
      operator.await("#tokens\\:file");
      new Select(operator.find("#tokens\\:format")).selectByValue("CSV");
      Path csv = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "tok", ".csv");
      Files.writeString(
          csv,
          "serial,secret,algorithm,digits,counter\n"
              + serial
              + "1,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,HOTP,6,0\n"
              + serial
              + "2,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJR,HOTP,6,0\n",
          StandardCharsets.UTF_8);
      operator.find("#tokens\\:file").sendKeys(csv.toString());
      operator.find("#tokens\\:check").click();
      assertThat(operator.awaitText("#report-added", "2").getText()).isEqualTo("2");
      assertThat(People.count("select count(*) from otp_device where tenant_id = ?", alpha))
          .isZero();
      operator.find("#tokens\\:file").sendKeys(csv.toString());
      operator.find("#tokens\\:import").click();
      operator.awaitText("h2", "Importazione completata");
      assertThat(People.count("select count(*) from otp_device where tenant_id = ?", alpha))
          .isEqualTo(2);

      search(operator, host, "Rossi");
      assertThat(operator.find("#results").getText()).contains(mario, "RSSMRA80A01H501U");
      search(operator, host, "rssmra80a01h501u");
      assertThat(operator.find("#results").getText()).contains(mario);
      search(operator, host, "Verdi");
      assertThat(operator.find("#no-results").isDisplayed()).isTrue();
      assertThat(operator.source()).doesNotContain("luca-" + beta);

      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + mario));
      operator.await("#assign\\:serial").sendKeys(serial + "1");
      operator.find("#assign\\:assign").click();
      operator.await("#devices");
      assertThat(operator.find("#devices").getText()).contains(serial + "1");

      search(operator, host, serial + "1");
      assertThat(operator.find("#results").getText()).contains(mario);

      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + mario));
      operator.await("#device\\:lost").click();
      assertThat(operator.awaitText("#messages", "PRT-013").getText()).contains("motivo");
      operator.find("#device\\:reason").sendKeys("Token smarrito, segnalato al telefono");
      operator.find("#device\\:lost").click();
      assertThat(operator.awaitText(".device-state", "LOST").getText()).contains("LOST");
      assertThat(People.auditActors(alpha, "%")).contains("op-" + alpha);
      assertThat(People.auditActors(alpha, "operator.person-viewed")).contains("op-" + alpha);

      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=luca-" + beta));
      operator.await(".error-code");
      assertThat(operator.find(".error-code").getText()).isEqualTo("SIG-101");
      operator.open(Chromium.on(base, betaHost, "/operator/"));
      operator.await(".error-code");
      assertThat(operator.find(".error-code").getText()).isEqualTo("SIG-007");
    }
  }

  private void search(Chromium operator, String host, String text) {
    operator.open(
        Chromium.on(
            base,
            host,
            "/operator/?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)));
    operator.await("#results, #no-results");
  }
}
