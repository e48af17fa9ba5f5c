package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.PlatformOperator;
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
 * a required reason, unlocking a locked device with a required reason and assisting the
 * resynchronisation of a token far out of step, all audited under the operator's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorConsoleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  private static final String TOKENS_OF_TENANT =
      "select count(*) from otp_device where tenant_id = ? and serial is not null";

  @ArquillianResource private URL base;

  @Test
  void anOperatorFindsAPersonAssignsATokenAndMarksItLostOnlyOnTheirOwnTenant() throws IOException {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium operator = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String beta = Account.uniqueName("beta");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createAccount(alpha, "op-" + alpha, "user", "operator");
      String mario = "mario-" + alpha;
      Database.insertIdentity(alpha, mario, "Mario", "Rossi", "RSSMRA80A01H501U");
      Database.insertIdentity(beta, "luca-" + beta, "Luca", "Verdi", "VRDLCU85B02F205Z");
      String serial = "AT" + alpha.substring(alpha.length() - 8).toUpperCase();

      Path csv =
          signInToTokenImport(
              operator,
              host,
              "op-" + alpha,
              serial
                  + "1,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,HOTP,6,0\n"
                  + serial
                  + "2,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJR,HOTP,6,0\n");
      operator.find("#tokens\\:file").sendKeys(csv.toString());
      operator.find("#tokens\\:check").click();
      assertThat(operator.awaitText("#report-added", "2").getText()).isEqualTo("2");
      // tokens only: the operator's own app, which opened the console, is a device of the tenant
      // too
      assertThat(Database.count(TOKENS_OF_TENANT, alpha)).isZero();
      operator.find("#tokens\\:file").sendKeys(csv.toString());
      operator.find("#tokens\\:import").click();
      operator.awaitText("h2", "Importazione completata");
      assertThat(Database.count(TOKENS_OF_TENANT, alpha)).isEqualTo(2);

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
      assertThat(operator.awaitText("#messages", "OTP-017").getText()).contains("motivo");
      operator.find("#device\\:reason").sendKeys("Token smarrito, segnalato al telefono");
      operator.find("#device\\:lost").click();
      assertThat(operator.awaitTextOf(".device-state", "Smarrito")).contains("Smarrito");
      assertThat(Database.auditActors(alpha, "%")).contains("op-" + alpha);
      assertThat(Database.auditActors(alpha, "operator.person-viewed")).contains("op-" + alpha);

      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=luca-" + beta));
      operator.await(".error-code");
      assertThat(operator.find(".error-code").getText()).isEqualTo("IDN-001");
      // alpha's operator is not beta's: Keycloak asks again and beta refuses the login
      operator.open(Chromium.on(base, betaHost, "/operator/"));
      operator.signIn("op-" + alpha, Account.PASSWORD);
      operator.await(".error-code");
      assertThat(operator.find(".error-code").getText()).isEqualTo("SIG-060");
    }
  }

  @Test
  void anOperatorUnlocksWithAReasonAndResynchronisesATokenFarOutOfStep() throws IOException {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium operator = new Chromium()) {
      String gamma = Account.uniqueName("gamma");
      String host = platform.createTenant(gamma, "Gamma Consulenze", "#0b5394", "#e69138");
      // the platform defaults ask for a third code only past 10,000 presses; this tenant past 100
      Database.update(
          "insert into otp_policy (tenant_id, login_totp_window_steps, login_hotp_look_ahead,"
              + " login_lockout_threshold, login_first_delay_seconds,"
              + " login_self_unlocks_per_30_days, sign_totp_window_steps, sign_hotp_look_ahead,"
              + " sign_lockout_threshold, sign_first_delay_seconds, sign_self_unlocks_per_30_days,"
              + " drift_cap_steps, diagnostic_window_seconds, resync_hotp_window,"
              + " resync_totp_steps, resync_third_code_beyond, updated_at)"
              + " values (?, 1, 10, 5, 0, 3, 1, 10, 5, 0, 3, 2, 600, 1000, 120, 100, now())",
          gamma);
      platform.createAccount(gamma, "op-" + gamma, "user", "operator");
      String anna = "anna-" + gamma;
      Database.insertIdentity(gamma, anna, "Anna", "Bianchi", "BNCNNA82C41H501X");
      String serial = "GT" + gamma.substring(gamma.length() - 8).toUpperCase();

      // the RFC 4226 test secret "12345678901234567890", base32
      Path csv =
          signInToTokenImport(
              operator,
              host,
              "op-" + gamma,
              serial + ",GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,HOTP,6,0\n");
      operator.find("#tokens\\:file").sendKeys(csv.toString());
      operator.submit("#tokens\\:import");
      operator.awaitText("h2", "Importazione completata");
      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + anna));
      operator.type("#assign\\:serial", serial);
      operator.submit("#assign\\:assign");
      operator.awaitText("#devices", serial);
      // Anna activated it with a first code, then typed wrong ones until it locked
      Database.update(
          "update otp_device set status = 'ACTIVE', activated_at = now(), locked_at = now(),"
              + " login_failures = 5, login_last_failure_at = now()"
              + " where tenant_id = ? and serial = ?",
          gamma,
          serial);
      String locked =
          "select count(*) from otp_device where tenant_id = ? and serial = ?"
              + " and locked_at is not null";

      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + anna));
      assertThat(operator.awaitTextOf(".device-state", "bloccato")).contains("Attivo");
      operator.submit("#device\\:unlock");
      assertThat(operator.awaitText("#messages", "OTP-017").getText()).contains("motivo");
      assertThat(Database.count(locked, gamma, serial)).isEqualTo(1);
      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + anna));
      operator.type("#device\\:reason", "Identita verificata al telefono");
      operator.submit("#device\\:unlock");
      operator.awaitText("#messages", "Dispositivo sbloccato");
      assertThat(operator.find(".device-state").getText()).doesNotContain("bloccato");
      assertThat(Database.count(locked, gamma, serial)).isZero();
      assertThat(Database.auditActors(gamma, "otp.device.unlocked")).containsExactly("op-" + gamma);
      // the person page shows the unlock among Anna's events: the registry's subject is the one
      // the page looks up
      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + anna));
      assertThat(operator.awaitText("#events", "Dispositivo OTP sbloccato").getText())
          .contains("Dispositivo OTP sbloccato", "op-" + gamma, "Identita verificata al telefono");

      // the holder pressed the button 300 times: codes 300, 301, 302 are next on the display
      byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
      String floor = "select last_accepted from otp_device where tenant_id = ? and serial = ?";
      long before = Database.count(floor, gamma, serial);
      resync(operator, host, anna, OtpApp.of(key).hotp(300), OtpApp.of(key).hotp(302), "");
      assertThat(operator.awaitText("#messages", "OTP-009").getText()).doesNotContain("OTP-010");
      resync(operator, host, anna, OtpApp.of(key).hotp(300), OtpApp.of(key).hotp(301), "");
      operator.awaitText("#messages", "OTP-010");
      assertThat(Database.count(floor, gamma, serial)).isEqualTo(before);
      // the resynchronisation form as the operator sees it: labelled fields, no barrier
      operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + anna));
      operator.await("#resync\\:code1");
      assertThat(Axe.scan(operator).serious()).isEmpty();
      resync(
          operator,
          host,
          anna,
          OtpApp.of(key).hotp(300),
          OtpApp.of(key).hotp(301),
          OtpApp.of(key).hotp(302));
      operator.awaitText("#messages", "Dispositivo risincronizzato");
      assertThat(Database.count(floor, gamma, serial)).isEqualTo(302);
      assertThat(Database.auditActors(gamma, "otp.device.resynchronisation"))
          .hasSize(3)
          .containsOnly("op-" + gamma);
    }
  }

  /** Signs the operator in on the token import page and writes the CSV it will be given. */
  private Path signInToTokenImport(Chromium operator, String host, String username, String rows)
      throws IOException {
    operator.open(Chromium.on(base, host, "/operator/tokens.xhtml"));
    operator.signIn(username, Account.PASSWORD);
    operator.await("#tokens\\:file");
    new Select(operator.find("#tokens\\:format")).selectByValue("CSV");
    Path csv = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "tok", ".csv");
    Files.writeString(
        csv, "serial,secret,algorithm,digits,counter\n" + rows, StandardCharsets.UTF_8);
    return csv;
  }

  private void resync(
      Chromium operator, String host, String person, String first, String second, String third) {
    operator.open(Chromium.on(base, host, "/operator/person.xhtml?u=" + person));
    String[] codes = {first, second, third};
    for (int i = 0; i < codes.length; i++) {
      operator.type("#resync\\:code" + (i + 1), codes[i]);
    }
    operator.submit("#resync\\:resynchronise");
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
