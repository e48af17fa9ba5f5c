package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.PlatformOperator;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Support requests in the browser: pre-filled from an error, a real PNG screenshot that comes back
 * re-encoded, seen only by its requester and the tenant's operators (never another tenant's, nor
 * another person's), answered by an operator with an audit event; bad uploads refused clearly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportRequestIT {

  /** Bytes after a PNG's end: kept by a naive store, gone after re-encoding. */
  private static final String TRAILER = "GPS-45.4642N-9.1900E-secret";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void aScreenshotRoundTripsAndOnlyItsRequesterAndTheTenantsOperatorsSeeIt() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base);
        SupportMailbox mailbox = new SupportMailbox()) {
      String alpha = Account.uniqueName("alpha");
      String beta = Account.uniqueName("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createAccount(alpha, "mario-" + alpha, "user");
      platform.createAccount(alpha, "giulia-" + alpha, "user");
      platform.createAccount(alpha, "op-" + alpha, "user", "operator");
      platform.createAccount(beta, "op-" + beta, "user", "operator");

      byte[] original = TenantBrandingIT.png(320, 200, false);
      Path screenshot = temp(".png", concat(original, TRAILER.getBytes(StandardCharsets.UTF_8)));
      String requestPage;
      String screenshotUrl;
      try (Chromium mario = new Chromium()) {
        mario.open(
            Chromium.on(base, alphaHost, "/support/new.xhtml?code=SIG-001&corr=abc123def456"));
        mario.signIn("mario-" + alpha, Account.PASSWORD);
        mario.await("#support\\:description");
        assertThat(mario.find("#support\\:errorCode").getAttribute("value")).isEqualTo("SIG-001");
        assertThat(mario.find("#support\\:correlationId").getAttribute("value"))
            .isEqualTo("abc123def456");
        assertThat(mario.find("#support\\:os").getAttribute("value")).isEqualTo("Linux");
        assertThat(mario.find("#support\\:browser").getAttribute("value")).startsWith("Chrome");
        mario.find("#support\\:description").sendKeys("La pagina dei dispositivi non si apre.");
        mario.find("#support\\:screenshot").sendKeys(screenshot.toString());
        mario.find("#support\\:send").click();
        mario.await("#created");
        assertThat(mario.find("#request-code").getText()).isEqualTo("SIG-001");
        assertThat(mario.find("#request-cid").getText()).isEqualTo("abc123def456");
        assertThat(mario.find("#request-status").getText()).isEqualTo("Aperta");
        requestPage = mario.url();
        screenshotUrl = mario.find("#screenshot").getAttribute("src");
        Object width = mario.script("return document.querySelector('#screenshot').naturalWidth;");
        assertThat(((Number) width).intValue()).isEqualTo(320);
        Map<?, ?> fetched = fetch(mario, screenshotUrl);
        assertThat(fetched.get("status")).isEqualTo(200L);
        assertThat(fetched.get("type")).isEqualTo("image/png");
        assertThat((String) fetched.get("text")).doesNotContain(TRAILER);
      }
      String id = requestPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(id).matches("\\d+");
      String notice = mailbox.bodyOfFirstTo("help@" + alpha + ".example");
      assertThat(notice)
          .contains(
              "n. " + id,
              "mario-" + alpha,
              "SIG-001",
              "abc123def456",
              "La pagina dei dispositivi non si apre.",
              "/support/request.xhtml?id=" + id);

      try (Chromium giulia = new Chromium()) {
        giulia.open(Chromium.on(base, alphaHost, "/support/request.xhtml?id=" + id));
        giulia.signIn("giulia-" + alpha, Account.PASSWORD);
        giulia.await(".error-code");
        assertThat(giulia.find(".error-code").getText()).isEqualTo("RES-007");
        assertThat(fetch(giulia, screenshotUrl).get("status")).isEqualTo(404L);
      }

      try (Chromium betaOperator = new Chromium()) {
        betaOperator.open(Chromium.on(base, betaHost, "/support/request.xhtml?id=" + id));
        betaOperator.signIn("op-" + beta, Account.PASSWORD);
        betaOperator.await(".error-code");
        assertThat(betaOperator.find(".error-code").getText()).isEqualTo("RES-007");
        String betaScreenshot = Chromium.on(base, betaHost, "/support/screenshot?id=" + id);
        assertThat(fetch(betaOperator, betaScreenshot).get("status")).isEqualTo(404L);
        // signed in on beta, the same person is not alpha's: Keycloak asks again, alpha refuses
        betaOperator.open(Chromium.on(base, alphaHost, "/support/request.xhtml?id=" + id));
        betaOperator.signIn("op-" + beta, Account.PASSWORD);
        betaOperator.await(".error-code");
        assertThat(betaOperator.find(".error-code").getText()).isEqualTo("SIG-060");
        assertThat(betaOperator.source()).doesNotContain("La pagina dei dispositivi");
        betaOperator.open(Chromium.on(base, alphaHost, "/operator/support.xhtml"));
        betaOperator.signIn("op-" + beta, Account.PASSWORD);
        betaOperator.await(".error-code");
        assertThat(betaOperator.source()).doesNotContain("mario-" + alpha);
      }

      try (Chromium operator = new Chromium()) {
        operator.open(Chromium.on(base, alphaHost, "/operator/support.xhtml"));
        operator.signIn("op-" + alpha, Account.PASSWORD);
        operator.await("#queue");
        assertThat(operator.find("#queue").getText()).contains("mario-" + alpha);
        operator.open(Chromium.on(base, alphaHost, "/support/request.xhtml?id=" + id));
        operator.await("#screenshot");
        assertThat(fetch(operator, screenshotUrl).get("status")).isEqualTo(200L);
        operator.find("#reply\\:text").sendKeys("Abbiamo sbloccato il dispositivo: riprova ora.");
        operator.find("#reply\\:send").click();
        operator.await(".reply-operator");
        assertThat(operator.find("#request-status").getText()).isEqualTo("Risposta ricevuta");
      }
      assertThat(Database.auditActors(alpha, "support.answered")).containsExactly("op-" + alpha);

      try (Chromium mario = new Chromium()) {
        mario.open(Chromium.on(base, alphaHost, "/support/"));
        mario.signIn("mario-" + alpha, Account.PASSWORD);
        mario.await("#my-requests");
        assertThat(mario.find("#my-requests .support-status").getText())
            .isEqualTo("Risposta ricevuta");
        mario.open(requestPage);
        mario.await(".reply-operator");
        assertThat(mario.find(".reply-operator .reply-body").getText())
            .isEqualTo("Abbiamo sbloccato il dispositivo: riprova ora.");
      }
    }
  }

  @Test
  void aRenamedNonImageAndAnOversizedScreenshotAreRefusedWithClearErrors() throws IOException {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium mario = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      platform.createAccount(alpha, "mario-" + alpha, "user");
      mario.open(Chromium.on(base, host, "/support/new.xhtml"));
      mario.signIn("mario-" + alpha, Account.PASSWORD);

      mario.await("#support\\:description").sendKeys("Allego la schermata del problema.");
      Path renamed = temp(".png", "%PDF-1.7 not an image at all".getBytes(StandardCharsets.UTF_8));
      mario.find("#support\\:screenshot").sendKeys(renamed.toString());
      mario.find("#support\\:send").click();
      mario.await(".message-error");
      assertThat(mario.find("#messages").getText())
          .contains("RES-006", "non è un'immagine PNG o JPEG");

      byte[] big = new byte[5 * 1024 * 1024 + 4096];
      System.arraycopy(TenantBrandingIT.png(4, 4, false), 0, big, 0, 8);
      Path oversized = temp(".png", big);
      mario.find("#support\\:screenshot").sendKeys(oversized.toString());
      mario.find("#support\\:send").click();
      mario.await(".message-error");
      assertThat(mario.find("#messages").getText()).contains("RES-005", "5 MB");
      assertThat(mario.all("#created")).isEmpty();
    }
  }

  /** GET in the page's own session: status, content type and the body as text. */
  private static Map<?, ?> fetch(Chromium chromium, String url) {
    return (Map<?, ?>)
        ((org.openqa.selenium.JavascriptExecutor) chromium.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.text().then(t => done({status: r.status,"
                    + " type: r.headers.get('Content-Type'), text: t})))"
                    + ".catch(e => done({status: -1, type: '', text: String(e)}));",
                url);
  }

  private static Path temp(String suffix, byte[] content) throws IOException {
    Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "up", suffix);
    Files.write(file, content);
    return file;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
