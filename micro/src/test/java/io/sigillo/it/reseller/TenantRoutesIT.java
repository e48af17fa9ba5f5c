package io.sigillo.it.reseller;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Chromium;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.PlatformOperator;
import java.net.URL;
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

/**
 * The route matrix: an operator of alpha, signed in on alpha (and so silently signed in to Keycloak
 * for beta too), opens every protected route of beta and gets "forbidden", never beta's data; a
 * beta support request and its screenshot stay beta's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantRoutesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void anAlphaOperatorReachesNoProtectedRouteOfBeta() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String alpha = Account.uniqueName("alpha");
      String beta = Account.uniqueName("beta");
      String alphaHost = platform.createTenant(alpha, "Alpha Fiduciaria", "#0b5394", "#e69138");
      String betaHost = platform.createTenant(beta, "Beta Servizi", "#38761d", "#741b47");
      platform.createAccount(alpha, "op-" + alpha, "user", "operator");
      platform.createAccount(beta, "luca-" + beta, "user");
      Database.insertIdentity(beta, "luca-" + beta, "Luca", "Verdi", "VRDLCU85B02F205Z");

      String requestId;
      try (Chromium luca = new Chromium()) {
        luca.open(Chromium.on(base, betaHost, "/support/new.xhtml"));
        luca.signIn("luca-" + beta, Account.PASSWORD);
        luca.await("#support\\:description").sendKeys("Richiesta riservata di Luca Verdi.");
        java.nio.file.Path png =
            java.nio.file.Files.createTempFile(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), "shot", ".png");
        java.nio.file.Files.write(png, TenantBrandingIT.png(50, 40, false));
        luca.find("#support\\:screenshot").sendKeys(png.toString());
        luca.find("#support\\:send").click();
        luca.await("#created");
        requestId = luca.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
      }

      try (Chromium operator = new Chromium()) {
        operator.open(Chromium.on(base, alphaHost, "/operator/"));
        operator.signIn("op-" + alpha, Account.PASSWORD);
        operator.await("#q");
        List<String> routes =
            List.of(
                "/account/",
                "/support/",
                "/support/new.xhtml",
                "/support/request.xhtml?id=" + requestId,
                "/support/screenshot?id=" + requestId,
                "/operator/",
                "/operator/?q=Verdi",
                "/operator/person.xhtml?u=luca-" + beta,
                "/operator/support.xhtml",
                "/operator/guides.xhtml",
                "/operator/guide-edit.xhtml",
                "/operator/tokens.xhtml",
                "/platform/",
                "/platform/tenant.xhtml?slug=" + beta,
                "/platform/logo?slug=" + beta);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String route : routes) {
          operator.open(Chromium.on(base, betaHost, route));
          // alpha's operator is not beta's: Keycloak asks again and beta refuses the login
          operator.signIn("op-" + alpha, Account.PASSWORD);
          operator.await(".error-code");
          String code =
              operator.all(".error-code").isEmpty()
                  ? "none"
                  : operator.find(".error-code").getText();
          answers.put(route, code);
          assertThat(operator.source())
              .as(route)
              .doesNotContain("Luca Verdi", "luca-" + beta + "@", "VRDLCU85B02F205Z");
        }
        assertThat(answers)
            .allSatisfy((route, code) -> assertThat(code).as(route).isEqualTo("SIG-060"));

        // on its own host the same operator sees none of beta's requests either
        operator.open(Chromium.on(base, alphaHost, "/support/request.xhtml?id=" + requestId));
        operator.await(".error-code");
        assertThat(operator.find(".error-code").getText()).isEqualTo("RES-007");
        operator.open(Chromium.on(base, alphaHost, "/operator/support.xhtml"));
        operator.await("h1");
        assertThat(operator.source()).doesNotContain("luca-" + beta);
      }
    }
  }
}
