package io.sigillo.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.support.HttpBrowser.Page;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * A person's OTP app associated the way a person does it in the portal, for tests whose subject
 * comes after it (signature orders, policies): the identity row the registration desk leaves, the
 * password on Keycloak's page, level 2 by an SMS code, then the re-association (an SMS code again,
 * the key from the page, the app's first code). The browser's session ends at level 2. No API
 * shortcut exists: the registry gives a seed only to its owner at level 2.
 */
public final class SpidApp {

  private static final Pattern MANUAL_KEY = Pattern.compile("id=\"manual-key\"[^>]*>([A-Z2-7 ]+)<");

  private SpidApp() {}

  /** A fresh Italian mobile number in E.164 form, unlikely to be anyone else's in the test run. */
  public static String mobile() {
    return "+39334" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  /**
   * Registers the person's SPID identity (verified contacts) on the tenant; the mobile receives the
   * codes on the test SMSC.
   */
  public static void identity(String tenant, String username, String mobile) {
    Database.insertIdentity(
        tenant, username, "It", "Holder", username + "@" + tenant + ".example", mobile, null, true);
  }

  /**
   * Signs in if needed, reaches level 2 by SMS and associates a new app; returns the app. The
   * person's identity must exist with {@code mobile} (see {@link #identity}).
   */
  public static OtpApp associate(HttpBrowser browser, String username, String password, Smsc smsc)
      throws InterruptedException {
    Page page = browser.open("/credentials/");
    if (HttpBrowser.isKeycloakLogin(page)) {
      page = browser.signIn(page, username, password);
    }
    if (HttpBrowser.isLevelTwoStep(page)) {
      // the portal asked Keycloak for level 2: its "Sigillo level 2" step, by an SMS code
      page = browser.levelTwoBySms(page, smsc);
    }
    assertThat(page.path()).as(page.body()).endsWith("/credentials/");
    Page confirm = browser.open("/credentials/reconfigure.xhtml");
    Page smsStep = browser.submit(confirm, "reconfigure", Map.of(), "confirm");
    Page associate =
        browser.submit(smsStep, "reconfigure", Map.of("smsCode", smsc.next().code()), "verify");
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
    return app;
  }

  /**
   * The same association as a person makes it in Chromium, from the credential management page at
   * level 2: "associate" (or "reconfigure"), confirm, the SMS code, the QR code read off the page
   * (see {@link Chromium#qrCode}), the app's first code; returns the app.
   */
  public static OtpApp associate(Chromium chromium, Smsc smsc) throws InterruptedException {
    chromium.click("#reconfigure");
    chromium.click("#reconfigure\\:confirm");
    chromium.type("#reconfigure\\:smsCode", smsc.next().code());
    chromium.click("#reconfigure\\:verify");
    OtpApp app = OtpApp.fromUri(chromium.qrCode("qr"));
    chromium.type("#reconfigure\\:firstCode", app.totp(Instant.now()));
    chromium.click("#reconfigure\\:confirmApp");
    chromium.awaitVisible(By.id("step-done"));
    return app;
  }
}
