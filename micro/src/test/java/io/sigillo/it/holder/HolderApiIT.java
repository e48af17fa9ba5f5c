package io.sigillo.it.holder;

import static io.sigillo.it.holder.HolderSteps.PASSWORD;
import static io.sigillo.it.holder.HolderSteps.anna;
import static io.sigillo.it.holder.HolderSteps.freshEmail;
import static io.sigillo.it.holder.HolderSteps.freshMobile;
import static io.sigillo.it.holder.HolderSteps.signRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Pdfs;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestHolders;
import io.sigillo.it.support.TestTenants;
import io.sigillo.it.support.Tokens;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Remote signature as a holder uses it through the portal's API, on the tenant's host with their
 * own Keycloak token: the order from the person's verified identity with its refusals,
 * platform-wide unique contacts that do not leak the other holder, the signature device (existing
 * app or token from stock), signing a PDF (checked with Debian's pdfsig), the e-mail change with
 * its code, and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HolderApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  /**
   * A token pressed 60 times without using the codes, as its holder meets it over the API: the
   * refusal says "about 60 presses ahead" and what repairs it, and costs no attempt; a mistyped
   * code is a wrong code with the attempts left; after the resynchronisation the holder signs.
   */
  @Test
  void aTokenSixtyPressesAheadIsToldSoAndAMistypedCodeIsAWrongCodeThenTheRepairSigns() {
    TestTenants.Tenant tenant =
        TestTenants.active("hahead", "Token Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("premuto");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.activeWithToken(api, operator, HolderSteps.verifiedPerson(tenant.slug(), holder));
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      String pdf = Base64.getEncoder().encodeToString(Pdfs.onePage("Contratto"));

      // the next code is press 2: press 62 is 60 presses ahead
      HttpResponse<byte[]> ahead =
          api.postForBytes("/api/signature/sign", signRequest(pdf, PASSWORD, token.hotp(62)));
      String aheadBody = new String(ahead.body(), StandardCharsets.UTF_8);
      assertThat(ahead.statusCode()).as(aheadBody).isEqualTo(422);
      assertThat(aheadBody)
          .contains("\"code\":\"SIGN-040\"")
          .contains("\"title\":\"Il token è avanti di circa 60 pressioni: sincronizzalo\"")
          .contains("due codici consecutivi");
      assertThat(api.get("/api/signature/device").body()).contains("\"signFailures\":0");

      HttpResponse<byte[]> mistyped =
          api.postForBytes(
              "/api/signature/sign", signRequest(pdf, PASSWORD, mistype(token.hotp(2))));
      String mistypedBody = new String(mistyped.body(), StandardCharsets.UTF_8);
      assertThat(mistyped.statusCode()).as(mistypedBody).isEqualTo(422);
      assertThat(mistypedBody)
          .contains("\"code\":\"SIGN-039\"", "\"title\":\"Codice errato\"")
          .contains("Tentativi rimasti prima del blocco");
      assertThat(api.get("/api/signature/device").body()).contains("\"signFailures\":1");

      HttpResponse<String> repaired =
          api.post(
              "/api/signature/device/resync",
              "{\"password\":\""
                  + PASSWORD
                  + "\",\"codes\":[\""
                  + token.hotp(63)
                  + "\",\""
                  + token.hotp(64)
                  + "\"]}");
      assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
      assertThat(repaired.body()).contains("SYNCHRONISED");
      HttpResponse<byte[]> signed =
          api.postForBytes("/api/signature/sign", signRequest(pdf, PASSWORD, token.hotp(65)));
      assertThat(signed.statusCode()).isEqualTo(200);
    }
  }

  /** The code with its last digit changed, as a person mistypes it. */
  private static String mistype(String code) {
    char last = code.charAt(code.length() - 1);
    return code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  @Test
  void aPasswordLevelSessionCannotMarkLostRevokeOrBurnTheCodesOfTheSignatureDevice() {
    TestTenants.Tenant tenant =
        TestTenants.active("habuse", "Abusi Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("vittima");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.activeWithToken(api, operator, HolderSteps.verifiedPerson(tenant.slug(), holder));
      String device = TenantApi.group("\"id\":(\\d+)", api.get("/api/signature/device").body());

      // the attacker has the password only: the registry asks for the signature password
      for (String action : new String[] {"lost", "revoke"}) {
        HttpResponse<String> refused =
            api.post("/api/otp/devices/" + device + "/" + action, "{\"reason\":\"x\"}");
        assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"OTP-062\"");
      }
      for (int attempt = 0; attempt < 8; attempt++) {
        HttpResponse<String> burnt =
            api.post(
                "/api/otp/validate",
                "{\"deviceId\":" + device + ",\"purpose\":\"SIGN\",\"code\":\"000000\"}");
        assertThat(burnt.statusCode()).as(burnt.body()).isEqualTo(403);
        assertThat(burnt.body()).contains("OTP-062");
      }
      HttpResponse<String> login =
          api.post(
              "/api/otp/validate",
              "{\"deviceId\":" + device + ",\"purpose\":\"LOGIN\",\"code\":\"000000\"}");
      assertThat(login.statusCode()).as(login.body()).isEqualTo(403);
      HttpResponse<String> resync =
          api.post("/api/otp/devices/" + device + "/resync", "{\"codes\":[\"000000\",\"000001\"]}");
      assertThat(resync.statusCode()).as(resync.body()).isEqualTo(403);

      // nothing was counted or changed: the holder signs with the token's next code
      assertThat(api.get("/api/signature/device").body())
          .contains("\"status\":\"ACTIVE\"", "\"locked\":false", "\"signFailures\":0");
      HttpResponse<byte[]> signed =
          api.postForBytes(
              "/api/signature/sign",
              signRequest(
                  Base64.getEncoder().encodeToString(Pdfs.onePage("Contratto")),
                  PASSWORD,
                  OtpApp.fromBase32(HolderSteps.SEED).hotp(2)));
      assertThat(signed.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anOrderIsCheckedFieldByFieldAndAPasswordLevelTokenGetsNoAppButCompletesWithAToken() {
    TestTenants.Tenant tenant =
        TestTenants.active("hord", "Ordini Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String anna = people.person("anna");
      String annaToken = people.token(anna);
      // a person's token from the tenant's signing app (authorization code + PKCE), level 1:
      // Keycloak's level-2 step is not in this realm's flow, so no SpidL2 acr
      assertThat(Tokens.claims(annaToken))
          .contains("\"azp\":\"signing-" + tenant.slug() + "\"", "\"groups\":[\"user\"]")
          .doesNotContain("SpidL2");
      TenantApi api = new TenantApi(base, tenant.host(), annaToken);

      HttpResponse<String> none = api.get("/api/signature/holder");
      assertThat(none.statusCode()).isEqualTo(404);
      assertThat(none.body()).contains("SIGN-030");

      // no verified identity on this account: nobody to issue a certificate to
      HttpResponse<String> noIdentity =
          api.post("/api/signature/holder", anna(freshMobile(), freshEmail(), PASSWORD));
      assertThat(noIdentity.statusCode()).as(noIdentity.body()).isEqualTo(409);
      assertThat(noIdentity.body()).contains("\"code\":\"SIGN-090\"", "operatore");

      HolderSteps.Person person = HolderSteps.verifiedPerson(tenant.slug(), anna);
      HttpResponse<String> wrongPlace =
          api.post(
              "/api/signature/holder",
              new TestHolders.Person(
                      "Bianchi", "Anna", "F", person.born(), "Milano", "MI", person.taxCode())
                  .order(person.mobile(), person.email(), PASSWORD));
      assertThat(wrongPlace.statusCode()).isEqualTo(422);
      assertThat(wrongPlace.body())
          .contains("\"code\":\"SIGN-022\"", "\"field\":\"placeOfBirth\"", "SIGN-015", "H501")
          .doesNotContain("\"field\":\"surname\"");

      HttpResponse<String> weak = api.post("/api/signature/holder", person.order("short1"));
      assertThat(weak.statusCode()).isEqualTo(400);
      assertThat(weak.body()).contains("SIGN-036");

      HttpResponse<String> badMobile =
          api.post(
              "/api/signature/holder",
              new TestHolders.Person(
                      "Bianchi", "Anna", "F", person.born(), "Roma", "RM", person.taxCode())
                  .order("06 1234", person.email(), PASSWORD));
      assertThat(badMobile.statusCode()).isEqualTo(400);
      assertThat(badMobile.body()).contains("SIGN-034", "06 1234");

      HttpResponse<String> ordered = api.post("/api/signature/holder", person.order(PASSWORD));
      assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
      assertThat(ordered.body())
          .contains("\"status\":\"AWAITING_DEVICE\"", person.taxCode())
          .doesNotContain("argon");

      // a password-level token gets no app (and no seed) from the API: apps are associated by
      // their owner at level 2 in the portal (SignaturePagesIT binds one that way)
      HttpResponse<String> enrolled = api.post("/api/otp/devices/totp", "{}");
      assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(403);
      assertThat(enrolled.body()).contains("OTP-060").doesNotContain("manualKey", "otpauth");
      assertThat(api.get("/api/signature/holder/apps").body()).isEqualTo("[]");
      HttpResponse<String> noApp =
          api.post(
              "/api/signature/holder/device/app", "{\"deviceId\":999999999,\"code\":\"123456\"}");
      assertThat(noApp.statusCode()).as(noApp.body()).isEqualTo(422);
      assertThat(noApp.body()).contains("SIGN-043");

      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      String serial = HolderSteps.tokenInStock(operator);
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      HttpResponse<String> bound = HolderSteps.bindToken(api, serial, token.hotp(0), token.hotp(1));
      assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);
      assertThat(bound.body())
          .contains("\"status\":\"ACTIVE\"")
          .containsPattern("\"certificateId\":\\d+");
      // the signing app's level-1 token reads the holder's order and device
      assertThat(api.get("/api/signature/holder").body()).contains("\"status\":\"ACTIVE\"");
      assertThat(api.get("/api/signature/device").statusCode()).isEqualTo(200);

      HttpResponse<String> again = api.post("/api/signature/holder", person.order(PASSWORD));
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.body()).contains("SIGN-031");
    }
  }

  /**
   * The order's token step refuses with a catalogued error (its transaction rolls back), yet each
   * wrong claim still counts: after the threshold the holder's right codes are refused too, and the
   * token stays in stock.
   */
  @Test
  void wrongTokenCodesAtTheOrderCountThoughEachRefusalRollsTheBindingBack() {
    TestTenants.Tenant tenant =
        TestTenants.active("hbrute", "Tentativi Fiduciaria", "#102030", "#405060");
    Database.update(
        "insert into otp_policy (tenant_id, login_totp_window_steps, login_hotp_look_ahead,"
            + " login_lockout_threshold, login_first_delay_seconds,"
            + " login_self_unlocks_per_30_days, sign_totp_window_steps, sign_hotp_look_ahead,"
            + " sign_lockout_threshold, sign_first_delay_seconds, sign_self_unlocks_per_30_days,"
            + " drift_cap_steps, diagnostic_window_seconds, resync_hotp_window,"
            + " resync_totp_steps, resync_third_code_beyond, updated_at)"
            + " values (?, 1, 10, 5, 0, 3, 1, 10, 3, 0, 3, 2, 600, 1000, 120, 10000, now())",
        tenant.slug());
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("anna");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      HolderSteps.Person person = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HttpResponse<String> ordered = api.post("/api/signature/holder", person.order(PASSWORD));
      assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      String serial = HolderSteps.tokenInStock(operator);

      for (String wrong : new String[] {"000000", "222222", "444444"}) {
        HttpResponse<String> refused = HolderSteps.bindToken(api, serial, wrong, "111111");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("SIGN-044");
      }
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      HttpResponse<String> blocked =
          HolderSteps.bindToken(api, serial, token.hotp(0), token.hotp(1));
      // told they are blocked, not "0 attempts left" which the right codes would contradict
      assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(429);
      assertThat(blocked.body()).contains("OTP-037").doesNotContain("SIGN-044");
      assertThat(operator.get("/api/otp/tokens/" + serial).body())
          .contains("\"state\":\"AVAILABLE\"")
          .doesNotContain("\"owner\":\"");
      java.util.List<String> claims = Database.auditDetails(tenant.slug(), "otp.token.claim");
      assertThat(claims).hasSize(4);
      assertThat(claims.get(3)).startsWith("BLOCKED");
    }
  }

  @Test
  void aContactOfAnotherHolderIsRefusedOnEveryTenantWithoutSayingWhose() {
    TestTenants.Tenant alpha = TestTenants.active("hua", "Alpha Unica", "#102030", "#405060");
    TestTenants.Tenant beta = TestTenants.active("hub", "Beta Unica", "#102030", "#405060");
    try (TenantClient alphaPeople = new TenantClient(base, alpha.slug());
        TenantClient betaPeople = new TenantClient(base, beta.slug())) {
      String first = alphaPeople.person("prima");
      String second = alphaPeople.person("seconda");
      String third = betaPeople.person("terza");
      TenantApi firstApi = new TenantApi(base, alpha.host(), alphaPeople.token(first));
      TenantApi secondApi = new TenantApi(base, alpha.host(), alphaPeople.token(second));
      TenantApi thirdApi = new TenantApi(base, beta.host(), betaPeople.token(third));
      String mobile = freshMobile();
      String email = freshEmail();
      HolderSteps.Person firstPerson =
          HolderSteps.verifiedPerson(alpha.slug(), first, mobile, email);
      assertThat(firstApi.post("/api/signature/holder", firstPerson.order(PASSWORD)).statusCode())
          .isEqualTo(201);

      // identities whose verified contacts another holder already uses
      HolderSteps.Person secondPerson =
          HolderSteps.verifiedPerson(alpha.slug(), second, mobile, freshEmail());
      HttpResponse<String> sameTenant =
          secondApi.post("/api/signature/holder", secondPerson.order(PASSWORD));
      String national = "00" + mobile.substring(1, 3) + " " + mobile.substring(3);
      HolderSteps.Person thirdPerson =
          HolderSteps.verifiedPerson(beta.slug(), third, national, email.toUpperCase());
      HttpResponse<String> otherTenant =
          thirdApi.post("/api/signature/holder", thirdPerson.order(PASSWORD));
      for (HttpResponse<String> clash : new HttpResponse[] {sameTenant, otherTenant}) {
        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        assertThat(clash.body())
            .contains("\"code\":\"SIGN-092\"", "non può essere usato")
            .doesNotContain(first, alpha.slug(), "Alpha", email, mobile.substring(5));
      }
      // one answer whatever the contact, its kind and its holder's tenant
      assertThat(withoutCorrelation(otherTenant.body()))
          .isEqualTo(withoutCorrelation(sameTenant.body()));

      String fourth = betaPeople.person("quarta");
      assertThat(
              new TenantApi(base, beta.host(), betaPeople.token(fourth))
                  .post(
                      "/api/signature/holder",
                      HolderSteps.verifiedPerson(beta.slug(), fourth).order(PASSWORD))
                  .statusCode())
          .isEqualTo(201);

      HttpResponse<String> elsewhere =
          new TenantApi(base, beta.host(), alphaPeople.token(first)).get("/api/signature/holder");
      assertThat(elsewhere.statusCode()).isEqualTo(403);
      assertThat(elsewhere.body()).contains("\"code\":\"SIG-063\"");
      HttpResponse<String> notHers = secondApi.get("/api/signature/holder");
      assertThat(notHers.statusCode()).isEqualTo(404);
      HttpResponse<String> anonymous =
          new TenantApi(base, alpha.host(), null).get("/api/signature/holder");
      assertThat(anonymous.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aTokenFromStockBecomesTheSignatureDeviceAndSignsExactlyTheUploadedPdf()
      throws IOException, InterruptedException {
    TestTenants.Tenant tenant =
        TestTenants.active("hsig", "Firme Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("firmatario");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      assertThat(
              api.post(
                      "/api/signature/holder",
                      HolderSteps.verifiedPerson(tenant.slug(), holder).order(PASSWORD))
                  .statusCode())
          .isEqualTo(201);
      String serial = HolderSteps.tokenInStock(operator);
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);

      HttpResponse<String> wrongCodes =
          HolderSteps.bindToken(api, serial, token.hotp(1), token.hotp(0));
      assertThat(wrongCodes.statusCode()).as(wrongCodes.body()).isEqualTo(422);
      assertThat(wrongCodes.body()).contains("SIGN-044");
      HttpResponse<String> bound = HolderSteps.bindToken(api, serial, token.hotp(0), token.hotp(1));
      assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);
      assertThat(bound.body()).contains("\"status\":\"ACTIVE\"");
      assertThat(api.get("/api/signature/device").body())
          .contains("\"type\":\"hotp\"", "\"serial\":\"" + serial + "\"");

      byte[] pdf = Pdfs.onePage("Contratto da firmare");
      String document = Base64.getEncoder().encodeToString(pdf);
      HttpResponse<String> wrongPassword =
          api.post("/api/signature/sign", signRequest(document, "Sbagliata-1", token.hotp(2)));
      assertThat(wrongPassword.statusCode()).isEqualTo(401);
      assertThat(wrongPassword.body()).contains("SIGN-037", "4");
      HttpResponse<String> notPdf =
          api.post(
              "/api/signature/sign",
              signRequest(
                  Base64.getEncoder().encodeToString("hello".getBytes()), PASSWORD, token.hotp(2)));
      assertThat(notPdf.statusCode()).isEqualTo(400);
      assertThat(notPdf.body()).contains("SIGN-053");

      HttpResponse<byte[]> signed =
          api.postForBytes("/api/signature/sign", signRequest(document, PASSWORD, token.hotp(2)));
      assertThat(signed.statusCode()).as(new String(signed.body())).isEqualTo(200);
      assertThat(signed.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/pdf");
      assertThat(new String(signed.body(), 0, 5)).isEqualTo("%PDF-");
      assertThat(signed.body().length).isGreaterThan(pdf.length);

      Path file = Files.createTempFile("signed", ".pdf");
      Files.write(file, signed.body());
      Process pdfsig =
          new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String report = new String(pdfsig.getInputStream().readAllBytes());
      assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(report)
          .contains("Signature #1", "Signature is Valid")
          .containsIgnoringCase("bianchi");

      HttpResponse<String> replayed =
          api.post("/api/signature/sign", signRequest(document, PASSWORD, token.hotp(2)));
      assertThat(replayed.statusCode()).isEqualTo(422);
      assertThat(replayed.body()).containsAnyOf("OTP-003", "SIGN-040");
    }
  }

  @Test
  void theEmailChangesOnlyWithTheCodeSentToTheNewAddressAndTheOldOneIsTold() throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hmail", "Posta Fiduciaria", "#102030", "#405060");
    GreenMail smtp =
        new GreenMail(new ServerSetup(Environment.port("SIGILLO_MAIL_PORT"), "127.0.0.1", "smtp"));
    smtp.start();
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("posta");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.Person person = HolderSteps.verifiedPerson(tenant.slug(), holder);
      String oldEmail = person.email();
      HolderSteps.activeWithToken(api, operator, person);
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      String newEmail = freshEmail();

      HttpResponse<String> unchanged =
          api.post(
              "/api/signature/contacts/email",
              "{\"password\":\"" + PASSWORD + "\",\"value\":\"" + oldEmail.toUpperCase() + "\"}");
      assertThat(unchanged.statusCode()).isEqualTo(400);
      assertThat(unchanged.body()).contains("SIGN-049");

      HttpResponse<String> started =
          api.post(
              "/api/signature/contacts/email",
              "{\"password\":\"" + PASSWORD + "\",\"value\":\"" + newEmail + "\"}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String changeId = TenantApi.group("\"changeId\":\"([A-Za-z0-9_-]+)\"", started.body());
      assertThat(started.body()).contains("\"maskedDestination\":\"h***@it.example\"");
      assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
      MimeMessage codeMail = smtp.getReceivedMessages()[0];
      assertThat(codeMail.getAllRecipients()[0].toString()).isEqualTo(newEmail);
      Matcher code = Pattern.compile("\\b([0-9]{6})\\b").matcher(GreenMailUtil.getBody(codeMail));
      assertThat(code.find()).isTrue();
      String wrongCode = code.group(1).equals("000000") ? "000001" : "000000";

      HttpResponse<String> wrong =
          api.post(
              "/api/signature/contacts/changes/" + changeId + "/confirm",
              "{\"code\":\"" + wrongCode + "\",\"otp\":\"" + token.hotp(2) + "\"}");
      assertThat(wrong.statusCode()).isEqualTo(422);
      assertThat(wrong.body()).contains("SIGN-046", "4");

      HttpResponse<String> saved =
          api.post(
              "/api/signature/contacts/changes/" + changeId + "/confirm",
              "{\"code\":\"" + code.group(1) + "\",\"otp\":\"" + token.hotp(3) + "\"}");
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      assertThat(saved.body()).contains("\"email\":\"" + newEmail + "\"");
      assertThat(api.get("/api/signature/holder").body()).contains(newEmail);

      assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
      MimeMessage notice = smtp.getReceivedMessages()[1];
      assertThat(notice.getAllRecipients()[0].toString()).isEqualTo(oldEmail);
      assertThat(GreenMailUtil.getBody(notice))
          .contains("Posta Fiduciaria")
          .doesNotContain(newEmail);

      HttpResponse<String> used =
          api.post(
              "/api/signature/contacts/changes/" + changeId + "/confirm",
              "{\"code\":\"" + code.group(1) + "\",\"otp\":\"" + token.hotp(4) + "\"}");
      assertThat(used.statusCode()).isEqualTo(404);
      assertThat(used.body()).contains("SIGN-045");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void theSignaturePasswordChangesOnlyWithTheCurrentOneAnOtpAndTheResellersRules()
      throws IOException, InterruptedException {
    TestTenants.Tenant tenant =
        TestTenants.active("hpwc", "Password Fiduciaria", "#102030", "#405060");
    try (PlatformOperator platform = new PlatformOperator(base);
        TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("cambio");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.activeWithToken(api, operator, HolderSteps.verifiedPerson(tenant.slug(), holder));
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      // the reseller's rules: at least 14 characters, none of the last 3 passwords again
      HttpResponse<String> rules =
          platform.send(
              "PUT",
              "/api/platform/tenants/" + tenant.slug() + "/signature-policy",
              "application/json",
              ("{\"certificateValidityDays\":1095,\"renewalWindowDays\":90,"
                      + "\"passwordMinLength\":14,\"passwordHistory\":3}")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
      assertThat(rules.body()).contains("\"passwordMinLength\":14", "\"passwordHistory\":3");
      assertThat(api.get("/api/signature/password/rules").body())
          .contains("\"minLength\":14", "\"history\":3");
      HttpResponse<String> outOfRange =
          platform.send(
              "PUT",
              "/api/platform/tenants/" + tenant.slug() + "/signature-policy",
              "application/json",
              ("{\"certificateValidityDays\":1095,\"renewalWindowDays\":90,"
                      + "\"passwordMinLength\":6}")
                  .getBytes(StandardCharsets.UTF_8));
      assertThat(outOfRange.statusCode()).as(outOfRange.body()).isEqualTo(400);
      assertThat(outOfRange.body()).contains("SIGN-116");

      String replacement = "Nuova-Firma-2026-a";
      HttpResponse<String> tooShort =
          api.post("/api/signature/password", change(PASSWORD, "Nuova-2026-x", token.hotp(2)));
      assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
      assertThat(tooShort.body()).contains("\"code\":\"SIGN-110\"", "14");
      HttpResponse<String> wrongCurrent =
          api.post(
              "/api/signature/password", change("Sbagliata-2026-x", replacement, token.hotp(2)));
      assertThat(wrongCurrent.statusCode()).as(wrongCurrent.body()).isEqualTo(401);
      assertThat(wrongCurrent.body()).contains("\"code\":\"SIGN-037\"", "Password dimenticata");
      HttpResponse<String> same =
          api.post("/api/signature/password", change(PASSWORD, PASSWORD, token.hotp(2)));
      assertThat(same.statusCode()).as(same.body()).isEqualTo(400);
      assertThat(same.body()).contains("\"code\":\"SIGN-111\"", "3");
      HttpResponse<String> wrongOtp =
          api.post("/api/signature/password", change(PASSWORD, replacement, token.hotp(500)));
      assertThat(wrongOtp.statusCode()).as(wrongOtp.body()).isEqualTo(422);
      assertThat(wrongOtp.body()).contains("\"code\":\"SIGN-040\"");
      // nothing changed on a refusal
      assertThat(Database.auditDetails(tenant.slug(), "signature.password.changed")).isEmpty();

      HttpResponse<String> changed =
          api.post("/api/signature/password", change(PASSWORD, replacement, token.hotp(2)));
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
      assertThat(Database.auditActors(tenant.slug(), "signature.password.changed"))
          .containsExactly(holder);
      String document = Base64.getEncoder().encodeToString(Pdfs.onePage("Dopo il cambio"));
      HttpResponse<String> oldOne =
          api.post("/api/signature/sign", signRequest(document, PASSWORD, token.hotp(3)));
      assertThat(oldOne.statusCode()).as(oldOne.body()).isEqualTo(401);
      assertThat(oldOne.body()).contains("SIGN-037");
      assertSignedAndValid(
          api.postForBytes(
              "/api/signature/sign", signRequest(document, replacement, token.hotp(3))));

      // the old password is in the history now
      HttpResponse<String> back =
          api.post("/api/signature/password", change(replacement, PASSWORD, token.hotp(4)));
      assertThat(back.statusCode()).as(back.body()).isEqualTo(400);
      assertThat(back.body()).contains("\"code\":\"SIGN-111\"");
      assertThat(
              Database.count(
                  "select count(*) from holder_password where tenant_id = ?", tenant.slug()))
          .isEqualTo(1);
    }
  }

  @Test
  void aLockedForgottenPasswordIsResetWithTheSmsCodeAndAnOtpAndTheHolderSignsAgain()
      throws IOException, InterruptedException {
    TestTenants.Tenant tenant =
        TestTenants.active("hpwr", "Recupero Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        Smsc smsc = Smsc.fromEnvironment()) {
      String holder = people.person("smemorata");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi operator = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.Person person = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HolderSteps.activeWithToken(api, operator, person);
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      String document = Base64.getEncoder().encodeToString(Pdfs.onePage("Dopo il recupero"));

      // five wrong passwords lock it; then even the right one is refused
      for (int attempt = 1; attempt <= 5; attempt++) {
        HttpResponse<String> wrong =
            api.post(
                "/api/signature/sign",
                signRequest(document, "Sbagliata-2026-" + attempt, token.hotp(2)));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(attempt < 5 ? 401 : 423);
      }
      HttpResponse<String> locked =
          api.post("/api/signature/sign", signRequest(document, PASSWORD, token.hotp(2)));
      assertThat(locked.statusCode()).as(locked.body()).isEqualTo(423);
      assertThat(locked.body()).contains("\"code\":\"SIGN-038\"", "Password dimenticata");

      HttpResponse<String> started = api.post("/api/signature/password/reset", "{}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String resetId = TenantApi.group("\"resetId\":\"([A-Za-z0-9-]+)\"", started.body());
      assertThat(started.body()).contains("\"maskedMobile\":\"");
      Smsc.Sms sms = smsc.next();
      assertThat(sms.destination()).isEqualTo(person.mobile().substring(1));
      assertThat(sms.text()).contains("Recupero Fiduciaria", "password di firma");
      String confirm = "/api/signature/password/reset/" + resetId + "/confirm";
      String replacement = "Ritrovata-Firma-2026";

      HttpResponse<String> wrongCode =
          api.post(
              confirm,
              reset(sms.code().equals("000000") ? "000001" : "000000", token.hotp(2), replacement));
      assertThat(wrongCode.statusCode()).as(wrongCode.body()).isEqualTo(422);
      assertThat(wrongCode.body()).contains("\"code\":\"SIGN-113\"");
      HttpResponse<String> weak = api.post(confirm, reset(sms.code(), token.hotp(2), "corta1"));
      assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
      assertThat(weak.body()).contains("\"code\":\"SIGN-036\"");
      HttpResponse<String> notHers =
          api.post(
              "/api/signature/password/reset/" + UUID.randomUUID() + "/confirm",
              reset(sms.code(), token.hotp(2), replacement));
      assertThat(notHers.statusCode()).as(notHers.body()).isBetween(400, 499);
      // still locked: nothing changed
      assertThat(
              api.post("/api/signature/sign", signRequest(document, PASSWORD, token.hotp(2)))
                  .statusCode())
          .isEqualTo(423);
      assertThat(Database.auditDetails(tenant.slug(), "signature.password.reset")).isEmpty();

      HttpResponse<String> done = api.post(confirm, reset(sms.code(), token.hotp(2), replacement));
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      assertThat(Database.auditActors(tenant.slug(), "signature.password.reset-started"))
          .containsExactly(holder);
      assertThat(Database.auditDetails(tenant.slug(), "signature.password.reset"))
          .singleElement()
          .asString()
          .contains("lock cleared");
      HttpResponse<String> again =
          api.post(confirm, reset(sms.code(), token.hotp(3), "Ancora-Altra-2026"));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
      assertThat(again.body()).contains("\"code\":\"SIGN-114\"");

      assertSignedAndValid(
          api.postForBytes(
              "/api/signature/sign", signRequest(document, replacement, token.hotp(3))));
    }
  }

  private static String change(String current, String replacement, String otp) {
    return "{\"currentPassword\":\""
        + current
        + "\",\"newPassword\":\""
        + replacement
        + "\",\"otp\":\""
        + otp
        + "\"}";
  }

  private static String reset(String code, String otp, String replacement) {
    return "{\"code\":\""
        + code
        + "\",\"otp\":\""
        + otp
        + "\",\"newPassword\":\""
        + replacement
        + "\"}";
  }

  /** A signed PDF that pdfsig (Debian's poppler) finds valid and names the holder in. */
  private static void assertSignedAndValid(HttpResponse<byte[]> signed)
      throws IOException, InterruptedException {
    assertThat(signed.statusCode()).as(new String(signed.body())).isEqualTo(200);
    Path file = Files.createTempFile("signed", ".pdf");
    Files.write(file, signed.body());
    Process pdfsig =
        new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String report = new String(pdfsig.getInputStream().readAllBytes());
    assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(report)
        .contains("Signature #1", "Signature is Valid")
        .containsIgnoringCase("bianchi");
  }

  @Test
  void anOperatorSuspendsACertificateInTheConsoleAndOpenSslSeesItHeldUntilReactivated()
      throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hcops", "Certificati Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("anna");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi backEnd = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HolderSteps.activeWithToken(api, backEnd, anna);
      String listed = api.get("/api/signature/certificates").body();
      String certificateId = TenantApi.group("\"id\":(\\d+)", listed);
      String serial = TenantApi.group("\"serialNumber\":\"([0-9a-f]+)\"", listed);
      Path dir = OpenSsl.certificateOf(api, certificateId);
      assertThat(OpenSsl.verify(dir, api)).contains("leaf.pem: OK");

      String operatorName = Account.uniqueName("op");
      people.platform().createAccount(tenant.slug(), operatorName, "user", "operator");
      HttpBrowser operator = new HttpBrowser(base, tenant.host());
      operator.signIn(operator.open("/operator/holders.xhtml"), operatorName, Account.PASSWORD);
      HttpBrowser.Page found = operator.open("/operator/holders.xhtml?q=" + anna.taxCode());
      assertThat(found.body()).as(found.body()).contains(serial, "Attivo");
      // the certificate's serial finds her too, as an operator reads it from a document
      assertThat(operator.open("/operator/holders.xhtml?q=" + serial.toUpperCase()).body())
          .contains(anna.taxCode());
      String holderId = TenantApi.group("holder.xhtml\\?h=(\\d+)", found.body());
      HttpBrowser.Page page = operator.open("/operator/holder.xhtml?h=" + holderId);
      assertThat(page.body()).contains(serial, "Attivo");

      HttpBrowser.Page noReason =
          operator.submit(page, "cert", Map.of("certificateId", certificateId), "suspend");
      assertThat(noReason.body()).contains("CERT-007");
      assertThat(OpenSsl.verify(dir, api)).contains("leaf.pem: OK");
      HttpBrowser.Page suspended =
          operator.submit(
              noReason,
              "cert",
              Map.of(
                  "certificateId",
                  certificateId,
                  "reason",
                  "Telefono rubato, chiamata del titolare"),
              "suspend");
      assertThat(suspended.body()).as(suspended.body()).contains("Certificato sospeso", "Sospeso");
      // the CRL served right after lists it on hold
      assertThat(OpenSsl.verify(dir, api))
          .contains("certificate revoked")
          .doesNotContain("leaf.pem: OK");
      assertThat(OpenSsl.openssl(dir, "crl", "-noout", "-text", "-in", "crl.pem"))
          .containsIgnoringCase(serial)
          .contains("Certificate Hold");
      HttpResponse<byte[]> refused =
          api.postForBytes(
              "/api/signature/sign",
              signRequest(
                  Base64.getEncoder().encodeToString(Pdfs.onePage("Contratto")),
                  PASSWORD,
                  OtpApp.fromBase32(HolderSteps.SEED).hotp(2)));
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("CERT-003");

      HttpBrowser.Page reactivated =
          operator.submit(
              suspended,
              "cert",
              Map.of(
                  "certificateId",
                  certificateId,
                  "reason",
                  "Telefono ritrovato, identita verificata"),
              "reactivate");
      assertThat(reactivated.body()).contains("Certificato riattivato");
      assertThat(OpenSsl.verify(dir, api)).contains("leaf.pem: OK");
      assertThat(Database.auditActors(tenant.slug(), "signature.certificate.suspended"))
          .containsExactly(operatorName);
      assertThat(Database.auditActors(tenant.slug(), "signature.certificate.reactivated"))
          .containsExactly(operatorName);

      // the holder data: a correction that disagrees with the tax code changes nothing, one
      // without a reason neither; with a reason it is made, under the operator's name
      Map<String, String> data = new HashMap<>();
      data.put("sex", "F");
      data.put("birthDate", anna.born().toString());
      data.put("placeOfBirth", "Milano");
      data.put("provinceOfBirth", "MI");
      data.put("dataReason", "Comune di nascita da documento");
      HttpBrowser.Page wrongPlace = operator.submit(reactivated, "data", data, "correct");
      assertThat(wrongPlace.body()).contains("SIGN-022");
      data.put("placeOfBirth", "Roma");
      data.put("provinceOfBirth", "RM");
      data.put("dataReason", "");
      HttpBrowser.Page noReason2 = operator.submit(wrongPlace, "data", data, "correct");
      assertThat(noReason2.body()).contains("CERT-007");
      assertThat(Database.auditActors(tenant.slug(), "signature.holder.data-corrected")).isEmpty();
      data.put("dataReason", "Comune di nascita verificato sul documento");
      HttpBrowser.Page corrected = operator.submit(noReason2, "data", data, "correct");
      assertThat(corrected.body()).as(corrected.body()).contains("Dati del titolare corretti");
      assertThat(Database.auditActors(tenant.slug(), "signature.holder.data-corrected"))
          .containsExactly(operatorName);
      assertThat(Database.auditDetails(tenant.slug(), "signature.holder.data-corrected"))
          .singleElement()
          .asString()
          .contains("verificato sul documento");

      // revoked for good, with its CRL reason and a reason of the operator's own
      Map<String, String> revocation = new HashMap<>();
      revocation.put("certificateId", certificateId);
      revocation.put("crlReason", "KEY_COMPROMISE");
      revocation.put("reason", "Chiave compromessa, denuncia del titolare");
      HttpBrowser.Page revoked = operator.submit(corrected, "cert", revocation, "revoke");
      assertThat(revoked.body()).as(revoked.body()).contains("Certificato revocato");
      assertThat(OpenSsl.verify(dir, api)).contains("certificate revoked");
      assertThat(OpenSsl.openssl(dir, "crl", "-noout", "-text", "-in", "crl.pem"))
          .contains("Key Compromise");
      assertThat(Database.auditDetails(tenant.slug(), "signature.certificate.revoke-reason"))
          .singleElement()
          .asString()
          .contains("denuncia del titolare");

      // a holder's own token opens no operator console
      HttpResponse<String> asHolder = api.get("/operator/holders.xhtml?q=" + anna.taxCode());
      assertThat(asHolder.statusCode()).isNotEqualTo(200);
      assertThat(asHolder.body()).doesNotContain(serial);
    }
  }

  @Test
  void aHolderSuspendsWithPasswordAndOtpAndTheEmergencyCodeSuspendsWithoutAnyDevice()
      throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hcself", "Autonomia Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug())) {
      String holder = people.person("anna");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi backEnd = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HolderSteps.activeWithToken(api, backEnd, anna);
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      String listed = api.get("/api/signature/certificates").body();
      assertThat(listed).contains("\"status\":\"ACTIVE\"", "\"current\":true", "\"renewal\":{");
      String certificateId = TenantApi.group("\"id\":(\\d+)", listed);
      HttpResponse<byte[]> der =
          api.getBytes("/api/signature/certificates/" + certificateId + "/der");
      assertThat(der.statusCode()).isEqualTo(200);
      assertThat(der.body()[0]).isEqualTo((byte) 0x30);
      assertThat(api.get("/api/signature/certificates/999999999/der").body()).contains("CERT-001");

      // a wrong password changes nothing; password and a code of the token suspend
      HttpResponse<String> wrong =
          api.post(
              "/api/signature/certificates/current/suspend",
              "{\"password\":\"Sbagliata-2026\",\"otp\":\"" + token.hotp(2) + "\"}");
      assertThat(wrong.body()).contains("SIGN-037");
      assertThat(api.get("/api/signature/certificates").body()).contains("\"status\":\"ACTIVE\"");
      HttpResponse<String> suspended =
          api.post(
              "/api/signature/certificates/current/suspend",
              "{\"password\":\"" + PASSWORD + "\",\"otp\":\"" + token.hotp(2) + "\"}");
      assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
      assertThat(suspended.body()).contains("\"status\":\"SUSPENDED\"");
      HttpResponse<String> reactivated =
          api.post(
              "/api/signature/certificates/current/reactivate",
              "{\"password\":\"" + PASSWORD + "\",\"otp\":\"" + token.hotp(3) + "\"}");
      assertThat(reactivated.body()).contains("\"status\":\"ACTIVE\"");

      // the emergency code: shown once, then never again
      HttpResponse<String> issued = api.post("/api/signature/certificates/emergency-code", "");
      assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
      String code = TenantApi.group("\"code\":\"([0-9A-Z-]+)\"", issued.body());
      assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
      HttpResponse<String> again = api.post("/api/signature/certificates/emergency-code", "");
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.body()).contains("SIG-121").doesNotContain(code);

      // the tenant's public page, nobody signed in, no device at hand
      HttpBrowser stranger = new HttpBrowser(base, tenant.host());
      HttpBrowser.Page form = stranger.open("/emergency/");
      assertThat(form.status()).isEqualTo(200);
      HttpBrowser.Page wrongCode =
          stranger.submit(
              form,
              "emergency",
              Map.of("taxCode", anna.taxCode(), "code", "0000-0000-0000-0000"),
              "suspend");
      assertThat(wrongCode.body()).contains("SIG-120", "nessun certificato");
      HttpBrowser.Page unknown =
          stranger.submit(
              wrongCode,
              "emergency",
              Map.of("taxCode", "RSSMRA80A01H501U", "code", code),
              "suspend");
      // the same answer for someone who holds nothing here: the page tells no one who is a holder
      assertThat(text(unknown, "SIG-120")).isEqualTo(text(wrongCode, "SIG-120"));
      assertThat(api.get("/api/signature/certificates").body()).contains("\"status\":\"ACTIVE\"");
      HttpBrowser.Page done =
          stranger.submit(
              unknown,
              "emergency",
              Map.of(
                  "taxCode",
                  anna.taxCode().toLowerCase(),
                  "code",
                  code.toLowerCase().replace("-", " ")),
              "suspend");
      assertThat(done.body()).as(done.body()).contains("Certificato sospeso");
      assertThat(api.get("/api/signature/certificates").body())
          .contains("\"status\":\"SUSPENDED\"");
      assertThat(Database.auditActors(tenant.slug(), "signature.emergency-code.wrong"))
          .containsExactly("emergency-page");
    }
  }

  /**
   * The catalogued error's sentences on a page (title, what happened, what to do), without the
   * reference line that carries its correlation id.
   */
  private static String text(HttpBrowser.Page page, String code) {
    String body = page.body();
    assertThat(body).as(body).contains(code);
    int from = body.indexOf("class=\"message-title\"");
    int to = body.indexOf("class=\"message-ref\"", from);
    assertThat(from).as(body).isNotNegative();
    assertThat(to).as(body).isGreaterThan(from);
    return body.substring(from, to);
  }

  private static String withoutCorrelation(String body) {
    return body.replaceAll("\"correlationId\":\"[^\"]*\"", "");
  }
}
