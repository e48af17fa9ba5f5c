package io.sigillo.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.identity.Holders.Holder;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Smsc;
import java.net.URL;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A new holder in headless Chromium: signs in through Keycloak's login page, passes level 2 on
 * Keycloak's level-2 step (the portal asks for SpidL2) with an SMS code, re-associates the OTP app
 * by reading the QR code from the image on the page (the element's screenshot, decoded with ZXing)
 * and computing codes with the test's own TOTP, then signs out and in again at level 2 with the new
 * app.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconfigureInBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private String on(Holder holder, String path) {
    return HttpBrowser.on(base, holder.host(), path).toString();
  }

  @Test
  void aNewHolderReassociatesTheAppFromTheQrCodeOnThePageAndSignsInAgainAtLevelTwo()
      throws Exception {
    try (Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox();
        Holders holders = new Holders(base);
        Chromium chromium = new Chromium(1280, 1600)) {
      String tenant = holders.tenant("idm-browser", "Alpha Fiduciaria");
      Holder holder =
          holders.holder(
              tenant,
              "nuovo",
              "+39334" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));

      chromium.open(on(holder, "/credentials/"));
      chromium.signIn(holder.username(), Holders.PASSWORD);
      // the portal asks Keycloak for level 2: its step, by an SMS code (no app yet)
      assertThat(chromium.onLevelTwoStep()).as(chromium.url()).isTrue();
      chromium.levelTwoBySms(smsc);
      chromium.awaitVisible(By.cssSelector("table.credentials"));
      assertThat(chromium.path()).endsWith("/credentials/");

      chromium.click("#reconfigure");
      chromium.click("#reconfigure\\:confirm");
      chromium.type("#reconfigure\\:smsCode", smsc.next().code());
      chromium.click("#reconfigure\\:verify");
      String keyUri = chromium.qrCode("qr");
      assertThat(keyUri).startsWith("otpauth://totp/").contains("issuer=Alpha");
      OtpApp app = OtpApp.fromUri(keyUri);
      assertThat(app.totp(Instant.now()))
          .isEqualTo(
              OtpApp.fromBase32(chromium.awaitVisible(By.id("manual-key")).getText())
                  .totp(Instant.now()));
      chromium.type("#reconfigure\\:firstCode", app.totp(Instant.now()));
      chromium.click("#reconfigure\\:confirmApp");
      chromium.awaitVisible(By.id("step-done"));
      assertThat(mailbox.latest(holder.email(), 1).subject())
          .isEqualTo("Alpha Fiduciaria: la tua app OTP è stata cambiata");

      chromium.open(on(holder, "/logout"));
      chromium.open(on(holder, "/credentials/"));
      chromium.signIn(holder.username(), Holders.PASSWORD);
      assertThat(chromium.onLevelTwoStep()).as(chromium.url()).isTrue();
      chromium.levelTwoByApp(app.totp(Instant.now().plusSeconds(30)));
      chromium.awaitVisible(By.cssSelector("table.credentials"));
      assertThat(chromium.path()).endsWith("/credentials/");
      assertThat(chromium.source()).contains("state-ACTIVE", "credential-OTP_APP");
    }
  }
}
