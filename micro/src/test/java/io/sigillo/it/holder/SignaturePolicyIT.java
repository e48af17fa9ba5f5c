package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Pdfs;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.SpidApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's remote-signature policy as the platform operator sets it through {@code
 * /api/platform/tenants/{slug}/signature-policy}, and what its holders see through their own API:
 * the renewal window decides when renewal opens, the validity decides the next certificate's
 * lifetime, bad values are refused with their catalogued code and change nothing, the tenant's own
 * operators and users cannot change it, and another tenant keeps the platform defaults; all of it
 * on one tenant in one test, because each holder costs an order, a token and a certificate. Then
 * the same in the pages: the tenant page keeps every typed value when a rule is refused and saves
 * it once corrected, and the holder's overview shows the tenant's window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignaturePolicyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  private static final String LOGIN_PASSWORD = "It-Regole-Password-1";

  @ArquillianResource private URL base;

  @Test
  void thePlatformOperatorSetsATenantsRenewalWindowAndValidityAndOnlyThatTenantFollowsThem()
      throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hpol", "Regole Fiduciaria", "#102030", "#405060");
    TestTenants.Tenant other =
        TestTenants.active("hpolx", "Altre Regole Fiduciaria", "#102030", "#405060");
    try (PlatformOperator platform = new PlatformOperator(base);
        TenantClient people = new TenantClient(base, tenant.slug())) {
      String policy = "/api/platform/tenants/" + tenant.slug() + "/signature-policy";
      String anna = people.person("anna");
      TenantApi holder = new TenantApi(base, tenant.host(), people.token(anna));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.activeWithToken(
          holder, operator, HolderSteps.verifiedPerson(tenant.slug(), anna));
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);

      // a three-year certificate is not in the default 90-day window: renewal is refused
      assertThat(holder.get("/api/signature/renewal").body())
          .contains("\"windowDays\":90", "\"open\":false");
      HttpResponse<String> early = holder.post("/api/signature/renewal", renewal(token.hotp(2)));
      assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
      assertThat(early.body()).contains("SIGN-050");
      HttpResponse<String> defaults = platform.get(policy, "Bearer " + platform.token());
      assertThat(defaults.statusCode()).as(defaults.body()).isEqualTo(200);
      assertThat(defaults.body())
          .contains(
              "\"certificateValidityDays\":1095",
              "\"renewalWindowDays\":90",
              "\"platformDefaults\":true");

      // bad values: the catalogued code, nothing stored
      assertRefused(put(platform, policy, 1095, 1095), "SIGN-060");
      assertRefused(put(platform, policy, 400, 0), "SIGN-060");
      assertRefused(put(platform, policy, 0, 30), "SIGN-059");
      assertRefused(put(platform, policy, 5000, 30), "SIGN-059");
      assertRefused(
          platform.send(
              "PUT",
              policy,
              "application/json",
              "{\"certificateValidityDays\":400}".getBytes(StandardCharsets.UTF_8)),
          "SIG-006");
      // the tenant's own back office and people are not the platform operator
      String body = json(1185, 1100);
      for (TenantApi notPlatform : List.of(operator, holder)) {
        HttpResponse<String> refused = notPlatform.put(policy, body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("SIG-007");
      }
      assertThat(operator.get(policy).statusCode()).isEqualTo(403);
      assertThat(platform.get(policy, "Bearer " + platform.token()).body())
          .isEqualTo(defaults.body());
      assertThat(Database.auditDetails(tenant.slug(), "signature.policy.changed")).isEmpty();

      // a window longer than what is left of the certificate: the same holder renews now
      HttpResponse<String> widened = put(platform, policy, 1185, 1100);
      assertThat(widened.statusCode()).as(widened.body()).isEqualTo(200);
      assertThat(widened.body())
          .contains(
              "\"certificateValidityDays\":1185",
              "\"renewalWindowDays\":1100",
              "\"platformDefaults\":false");
      assertThat(holder.get("/api/signature/renewal").body())
          .contains("\"windowDays\":1100", "\"open\":true");
      HttpResponse<String> renewed = holder.post("/api/signature/renewal", renewal(token.hotp(2)));
      assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
      assertThat(
              Duration.between(
                  Instant.parse(TenantApi.group("\"notBefore\":\"([^\"]+)\"", renewed.body())),
                  Instant.parse(TenantApi.group("\"notAfter\":\"([^\"]+)\"", renewed.body()))))
          .isEqualTo(Duration.ofDays(1185));

      HttpResponse<String> elsewhere =
          platform.get(
              "/api/platform/tenants/" + other.slug() + "/signature-policy",
              "Bearer " + platform.token());
      assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
      assertThat(elsewhere.body())
          .contains(
              "\"certificateValidityDays\":1095",
              "\"renewalWindowDays\":90",
              "\"platformDefaults\":true");

      // a certificate ordered after the validity became 400 days lives exactly 400 days
      assertThat(put(platform, policy, 400, 60).statusCode()).isEqualTo(200);
      String bruno = people.person("bruno");
      TenantApi second = new TenantApi(base, tenant.host(), people.token(bruno));
      HolderSteps.activeWithToken(
          second, operator, HolderSteps.verifiedPerson(tenant.slug(), bruno));
      assertThat(second.get("/api/signature/renewal").body())
          .contains("\"windowDays\":60", "\"open\":false");
      HttpResponse<byte[]> signed =
          second.postForBytes(
              "/api/signature/sign",
              "{\"pdfBase64\":\""
                  + Base64.getEncoder().encodeToString(Pdfs.onePage("Regole di firma"))
                  + "\",\"password\":\""
                  + HolderSteps.PASSWORD
                  + "\",\"otp\":\""
                  + token.hotp(2)
                  + "\"}");
      assertThat(signed.statusCode()).as(new String(signed.body())).isEqualTo(200);
      X509CertificateHolder signer = signerCertificate(signed.body());
      assertThat(
              Duration.between(signer.getNotBefore().toInstant(), signer.getNotAfter().toInstant()))
          .isEqualTo(Duration.ofDays(400));

      assertThat(Database.auditDetails(tenant.slug(), "signature.policy.changed"))
          .containsExactly(
              "certificate validity 1095 -> 1185 days, renewal window 90 -> 1100 days"
                  + " (were the platform defaults)",
              "certificate validity 1185 -> 400 days, renewal window 1100 -> 60 days");
      // the platform back end's service account, as its token names it
      assertThat(Database.auditActors(tenant.slug(), "signature.policy.changed"))
          .hasSize(2)
          .allMatch(actor -> actor.startsWith("service-account-it-platform"));
    }
  }

  @Test
  void theTenantPageKeepsWhatWasTypedOnARefusalSavesTheRulesAndTheOverviewShowsTheWindow()
      throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String slug = platform.newTenant("hpolp", "Pagine Regole");
      String host = slug + ".localhost";
      String policy = "/api/platform/tenants/" + slug + "/signature-policy";
      String admin = platform.keycloak().createPlatformOperator();
      HttpBrowser console = new HttpBrowser(base, host);
      Page page =
          console.signIn(
              console.open("/platform/tenant.xhtml?slug=" + slug), admin, Account.PASSWORD);
      assertThat(page.body()).contains("<legend>Firma remota</legend>");
      assertThat(inputValue(page.body(), "policies:certificateValidity")).isEqualTo("1095");
      assertThat(inputValue(page.body(), "policies:renewalWindow")).isEqualTo("90");
      String lockout = inputValue(page.body(), "policies:loginLockout");
      assertThat(lockout).isNotEqualTo("6");

      Page refused =
          console.submit(
              page,
              "policies",
              Map.of("renewalWindow", "45", "certificateValidity", "5000", "loginLockout", "6"),
              "save");
      assertThat(refused.body()).contains("SIGN-059", "Nessuna regola");
      assertThat(refused.body()).doesNotContain("Regole OTP salvate");
      assertThat(inputValue(refused.body(), "policies:renewalWindow")).isEqualTo("45");
      assertThat(inputValue(refused.body(), "policies:certificateValidity")).isEqualTo("5000");
      assertThat(inputValue(refused.body(), "policies:loginLockout")).isEqualTo("6");
      assertThat(platform.get(policy, "Bearer " + platform.token()).body())
          .contains("\"platformDefaults\":true");
      // one transaction (TenantPolicies): the OTP lockout, stored before the signature module
      // refused its value, is rolled back with it
      assertThat(
              inputValue(
                  console.open("/platform/tenant.xhtml?slug=" + slug).body(),
                  "policies:loginLockout"))
          .isEqualTo(lockout);

      Page saved =
          console.submit(refused, "policies", Map.of("certificateValidity", "500"), "save");
      assertThat(saved.body()).contains("Regole di firma remota salvate", "Regole OTP salvate");
      assertThat(platform.get(policy, "Bearer " + platform.token()).body())
          .contains(
              "\"certificateValidityDays\":500",
              "\"renewalWindowDays\":45",
              "\"platformDefaults\":false");

      String person = Account.uniqueName("anna");
      platform.createAccount(
          slug, Account.user(slug, person).named("Anna", "Bianchi").withPassword(LOGIN_PASSWORD));
      HttpBrowser portal = new HttpBrowser(base, host);
      portal.signIn(portal.open("/signature/"), person, LOGIN_PASSWORD);
      HttpResponse<String> ordered =
          portal.api(
              "/api/signature/holder",
              HolderSteps.verifiedPerson(slug, person).order(HolderSteps.PASSWORD));
      assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
      OtpApp app;
      try (Smsc smsc = Smsc.fromEnvironment()) {
        app = SpidApp.associate(portal, person, LOGIN_PASSWORD, smsc);
      }
      String deviceId =
          TenantApi.group("<option value=\"(\\d+)\"", portal.open("/signature/order.xhtml").body());
      HttpResponse<String> bound =
          portal.api(
              "/api/signature/holder/device/app",
              "{\"deviceId\":" + deviceId + ",\"code\":\"" + app.totp(Instant.now()) + "\"}");
      assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);

      String overview = portal.open("/signature/").body();
      assertThat(overview).contains("class=\"renewal-window\"", "45 giorni prima della scadenza");
    }
  }

  @Test
  void simultaneousChangesOfOneTenantsPolicyEachGetAnAnswerAndOneOfTheSavedOnesHolds()
      throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("hpolc", "Regole Contese", "#102030", "#405060");
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try (PlatformOperator platform = new PlatformOperator(base)) {
      String policy = "/api/platform/tenants/" + tenant.slug() + "/signature-policy";
      String bearer = "Bearer " + platform.token();
      // one token for every writer, so they reach the server together
      TenantApi admin = new TenantApi(base, tenant.host(), platform.token());
      // the first setting of a tenant inserts its row, the next ones update it: both races
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        int window = 30 + i;
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return admin.put(policy, json(730, window));
                }));
      }
      go.countDown();
      List<String> saved = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
        if (answer.statusCode() == 200) {
          saved.add(String.valueOf(30 + i));
        } else {
          assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
          assertThat(answer.body()).contains("\"code\":\"SIGN-061\"", "\"correlationId\":\"");
        }
      }
      assertThat(saved).isNotEmpty();
      String stored =
          TenantApi.group("\"renewalWindowDays\":(\\d+)", platform.get(policy, bearer).body());
      assertThat(saved).contains(stored);
      // nothing refused left a trace: one audit event per saved change
      assertThat(Database.auditDetails(tenant.slug(), "signature.policy.changed"))
          .hasSize(saved.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theOpenApiDocumentDescribesThePolicyEndpointAndItsRefusals() {
    HttpResponse<String> document = Http.getRoot(base, "/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains("/platform/tenants/{slug}/signature-policy", "SIGN-059", "SIGN-060", "SIGN-061");
  }

  /** The value attribute of the named input, as the page was served. */
  private static String inputValue(String html, String name) {
    Matcher input =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
    if (!input.find()) {
      throw new AssertionError("no input " + name + " in " + html);
    }
    Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input.group());
    return value.find() ? value.group(1) : "";
  }

  private static HttpResponse<String> put(
      PlatformOperator platform, String path, int validity, int window) {
    return platform.send(
        "PUT", path, "application/json", json(validity, window).getBytes(StandardCharsets.UTF_8));
  }

  private static String json(int validity, int window) {
    return "{\"certificateValidityDays\":" + validity + ",\"renewalWindowDays\":" + window + "}";
  }

  private static String renewal(String otp) {
    return "{\"password\":\"" + HolderSteps.PASSWORD + "\",\"otp\":\"" + otp + "\"}";
  }

  private static void assertRefused(HttpResponse<String> response, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"" + code + "\"");
  }

  /** The certificate of the PDF's only signature, from its CMS structure. */
  private static X509CertificateHolder signerCertificate(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      CMSSignedData cms = new CMSSignedData(document.getLastSignatureDictionary().getContents(pdf));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      // SignerId is a raw Selector: the store hands back plain objects
      return (X509CertificateHolder)
          cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    }
  }
}
