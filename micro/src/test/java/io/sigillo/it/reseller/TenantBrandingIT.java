package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.PlatformOperator;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Each reseller's brand shows in its portal and on Keycloak's login page (the Sigillo login theme
 * reading the client's attributes); a platform operator creates, brands and disables a reseller in
 * the browser; unsafe logos are refused with catalogued errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantBrandingIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void eachResellerShowsItsOwnBrandInThePortalAndOnKeycloaksLoginPage() {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium chromium = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String beta = Account.uniqueName("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");

      ClientRepresentation alphaClient = platform.keycloak().portalClient(alpha);
      assertThat(alphaClient.getAttributes())
          .containsEntry("login_theme", "sigillo")
          .containsEntry("sigillo.brand.name", "Alpha Fiduciaria")
          .containsEntry("sigillo.brand.primary-color", "#0b5394");

      chromium.open(Chromium.on(base, alphaHost, "/"));
      assertThat(chromium.find(".brand-name").getText()).isEqualTo("Alpha Fiduciaria");
      assertThat(chromium.find(".portal-header").getCssValue("background-color"))
          .isEqualTo("rgba(11, 83, 148, 1)");
      assertThat(chromium.source()).doesNotContain("Beta Servizi");

      chromium.open(Chromium.on(base, alphaHost, "/account/"));
      chromium.await("#sigillo-brand-name");
      assertThat(chromium.onKeycloak()).isTrue();
      assertThat(chromium.find("#sigillo-brand-name").getAttribute("textContent").trim())
          .isEqualTo("Alpha Fiduciaria");
      assertThat(chromium.find(".sigillo-brand-band").getCssValue("background-color"))
          .isEqualTo("rgba(11, 83, 148, 1)");
      assertThat(chromium.find("#sigillo-support").getText())
          .contains("help@" + alpha + ".example");
      assertThat(chromium.source()).doesNotContain("Beta Servizi", "#38761d");

      chromium.open(Chromium.on(base, betaHost, "/account/"));
      chromium.await("#sigillo-brand-name");
      assertThat(chromium.find("#sigillo-brand-name").getAttribute("textContent").trim())
          .isEqualTo("Beta Servizi");
      assertThat(chromium.find(".sigillo-brand-band").getCssValue("background-color"))
          .isEqualTo("rgba(56, 118, 29, 1)");
      assertThat(chromium.source()).doesNotContain("Alpha Fiduciaria", "#0b5394");
    }
  }

  @Test
  void aPlatformOperatorCreatesBrandsAndDisablesAResellerInTheBrowser() throws IOException {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium chromium = new Chromium()) {
      String home = Account.uniqueName("home");
      String homeHost = platform.createTenant(home, "Casa Madre", "#1f4e79", "#c8102e");
      String operator = platform.keycloak().createPlatformOperator();

      chromium.open(Chromium.on(base, homeHost, "/platform/"));
      chromium.signIn(operator, Account.PASSWORD);
      chromium.await("#tenants");
      assertThat(chromium.source()).contains(home);

      String gamma = Account.uniqueName("gamma");
      chromium.find("#new-tenant").click();
      chromium.await("#tenant\\:slug").sendKeys(gamma);
      chromium.find("#tenant\\:displayName").sendKeys("Gamma Firme");
      chromium.find("#tenant\\:hosts").sendKeys(gamma + ".localhost");
      setColour(chromium, "#tenant\\:primaryColor", "#5b2c6f");
      setColour(chromium, "#tenant\\:accentColor", "#1e8449");
      chromium.find("#tenant\\:supportEmail").sendKeys("aiuto@" + gamma + ".example");
      chromium.find("#tenant\\:save").click();
      chromium.await("#tenant-status");
      assertThat(chromium.find("#messages").getText()).contains("Rivenditore creato");

      Path png =
          Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "logo", ".png");
      Files.write(png, png(60, 30, false));
      chromium.find("#logo\\:file").sendKeys(png.toString());
      chromium.find("#logo\\:upload").click();
      chromium.await("#logo-preview");
      assertThat(chromium.find("#messages").getText()).contains("Logo caricato");

      ClientRepresentation client = platform.keycloak().portalClient(gamma);
      assertThat(client.isEnabled()).isTrue();
      assertThat(client.getAttributes())
          .containsEntry("login_theme", "sigillo")
          .containsEntry("sigillo.brand.primary-color", "#5b2c6f");
      assertThat(client.getAttributes().get("sigillo.brand.logo-url"))
          .startsWith("data:image/png;base64,");

      try (Chromium visitor = new Chromium()) {
        visitor.open(Chromium.on(base, gamma + ".localhost", "/"));
        assertThat(visitor.find(".brand-name").getText()).isEqualTo("Gamma Firme");
        Object logoWidth =
            visitor.script("return document.querySelector('.brand-logo').naturalWidth;");
        assertThat(((Number) logoWidth).intValue()).isEqualTo(60);
        visitor.open(Chromium.on(base, gamma + ".localhost", "/account/"));
        visitor.await("#sigillo-brand-name");
        assertThat(visitor.find(".sigillo-brand-logo").getAttribute("src"))
            .startsWith("data:image/png;base64,");
        assertThat(visitor.find(".sigillo-brand-band").getCssValue("background-color"))
            .isEqualTo("rgba(91, 44, 111, 1)");
      }

      // OTP rules through the OTP registry's policy api: checked there, kept per tenant
      String tenantPage = Chromium.on(base, homeHost, "/platform/tenant.xhtml?slug=" + gamma);
      // past the browser's own min/max check, as a crafted request would be: the server refuses
      chromium.script(
          "arguments[0].removeAttribute('max');", chromium.find("#policies\\:loginLockout"));
      chromium.find("#policies\\:loginLockout").clear();
      chromium.find("#policies\\:loginLockout").sendKeys("99");
      chromium.find("#policies\\:save").click();
      assertThat(chromium.awaitText("#messages", "OTP-").getText()).contains("OTP-");
      chromium.find("#policies\\:loginLockout").clear();
      chromium.find("#policies\\:loginLockout").sendKeys("7");
      chromium.find("#policies\\:save").click();
      chromium.awaitText("#messages", "Regole OTP salvate");
      chromium.open(tenantPage);
      assertThat(chromium.await("#policies\\:loginLockout").getAttribute("value")).isEqualTo("7");

      chromium.find("#lifecycle\\:disable").click();
      chromium.await("#lifecycle\\:enable");
      assertThat(chromium.find("#tenant-status").getText()).isEqualTo("Disattivato");
      assertThat(platform.keycloak().portalClient(gamma).isEnabled()).isFalse();
      HttpResponse<String> portal =
          PlatformOperator.send(
              HttpRequest.newBuilder(URI.create(base.toString()))
                  .header("Host", gamma + ".localhost:" + base.getPort())
                  .timeout(Duration.ofSeconds(30))
                  .build());
      assertThat(portal.statusCode()).isEqualTo(403);
      assertThat(portal.body()).contains("SIG-005");
    }
  }

  @Test
  void aPersonWithoutThePlatformRoleCannotOpenThePlatformConsole() {
    try (PlatformOperator platform = new PlatformOperator(base);
        Chromium chromium = new Chromium()) {
      String alpha = Account.uniqueName("alpha");
      String host = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      platform.createAccount(alpha, "op-" + alpha, "user", "operator");

      chromium.open(Chromium.on(base, host, "/platform/"));
      chromium.signIn("op-" + alpha, Account.PASSWORD);
      chromium.await(".error-code");
      assertThat(chromium.find(".error-code").getText()).isEqualTo("SIG-007");
      assertThat(chromium.source()).doesNotContain("tenants", "Nuovo rivenditore");
    }
  }

  @Test
  void unsafeOrFakeLogosAreRefusedWithCataloguedErrorsAndAPlainSvgIsServedSandboxed()
      throws IOException {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String delta = Account.uniqueName("delta");
      String host = platform.createTenant(delta, "Delta Servizi", "#0b5394", "#e69138");
      String logo = "/api/platform/tenants/" + delta + "/logo";

      HttpResponse<String> script =
          platform.send("PUT", logo, "image/svg+xml", svg("<script>alert(1)</script>"));
      assertThat(script.statusCode()).isEqualTo(400);
      assertThat(script.body()).contains("\"code\":\"TEN-003\"", "script", "correlationId");

      HttpResponse<String> handler =
          platform.send(
              "PUT", logo, "image/svg+xml", svg("<rect width=\"5\" height=\"5\" onload=\"x()\"/>"));
      assertThat(handler.body()).contains("\"code\":\"TEN-003\"", "onload");

      HttpResponse<String> external =
          platform.send(
              "PUT", logo, "image/svg+xml", svg("<use href=\"https://evil.example/x.svg#a\"/>"));
      assertThat(external.body()).contains("\"code\":\"TEN-003\"");

      HttpResponse<String> renamed =
          platform.send(
              "PUT",
              logo,
              "image/png",
              "just text, named logo.png".getBytes(StandardCharsets.UTF_8));
      assertThat(renamed.statusCode()).isEqualTo(400);
      assertThat(renamed.body()).contains("\"code\":\"TEN-002\"");

      HttpResponse<String> oversized = platform.send("PUT", logo, "image/png", png(400, 400, true));
      assertThat(oversized.statusCode()).isEqualTo(400);
      assertThat(oversized.body()).contains("\"code\":\"TEN-001\"", "100 KB");

      // Keycloak keeps no attribute with an empty value
      assertThat(
              platform.keycloak().portalClient(delta).getAttributes().get("sigillo.brand.logo-url"))
          .isNullOrEmpty();

      HttpResponse<String> plain =
          platform.send(
              "PUT",
              logo,
              "image/svg+xml",
              svg("<rect width=\"20\" height=\"10\" fill=\"#0b5394\"/>"));
      assertThat(plain.statusCode()).isEqualTo(200);
      HttpResponse<String> served =
          PlatformOperator.send(
              HttpRequest.newBuilder(URI.create(base + "branding/logo"))
                  .header("Host", host + ":" + base.getPort())
                  .timeout(Duration.ofSeconds(30))
                  .build());
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
      assertThat(served.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("sandbox", "default-src 'none'");
      assertThat(served.body()).contains("<rect");
      assertThat(
              platform.keycloak().portalClient(delta).getAttributes().get("sigillo.brand.logo-url"))
          .startsWith("data:image/svg+xml;base64,");
    }
  }

  private static void setColour(Chromium chromium, String css, String value) {
    chromium.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
        chromium.find(css),
        value);
  }

  private static byte[] svg(String content) {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\">"
            + content
            + "</svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A real PNG; with {@code noise} it does not compress, so it is large. */
  static byte[] png(int width, int height, boolean noise) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, noise ? random.nextInt() : new Color(11, 83, 148).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
