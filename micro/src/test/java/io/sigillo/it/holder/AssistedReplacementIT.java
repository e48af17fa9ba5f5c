package io.sigillo.it.holder;

import static io.sigillo.it.holder.HolderSteps.PASSWORD;
import static io.sigillo.it.holder.HolderSteps.signRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.Pdfs;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operator-assisted replacement of a holder's signature device (issue 14): the operator finds a
 * token in the tenant's stock on the holder's console page and reserves it for the holder, who
 * completes the claim in self-care with the signature password, the SMS code to the verified mobile
 * and two consecutive codes of the token; the old token is revoked in the same transaction. The
 * operator never sees a code. A reserved token is nobody else's to claim, the reservation can be
 * cancelled, and neither another tenant's staff nor a password-only operator session assigns one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssistedReplacementIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void anOperatorAssignsATokenFromStockTheHolderCompletesTheClaimAndSignsWithIt() throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hassist", "Assistenza Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        Smsc smsc = Smsc.fromEnvironment()) {
      String holder = people.person("anna");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi backEnd = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HolderSteps.activeWithToken(api, backEnd, anna);
      String oldSerial =
          TenantApi.group("\"serial\":\"([^\"]+)\"", api.get("/api/signature/device").body());
      String newSerial = HolderSteps.tokenInStock(backEnd);

      // the operator's holder page: the device, its state, the renewal
      String operatorName = Account.uniqueName("op");
      people.platform().createAccount(tenant.slug(), operatorName, "user", "operator");
      HttpBrowser operator = new HttpBrowser(base, tenant.host());
      operator.signIn(operator.open("/operator/holders.xhtml"), operatorName, Account.PASSWORD);
      String holderId =
          TenantApi.group(
              "holder.xhtml\\?h=(\\d+)",
              operator.open("/operator/holders.xhtml?q=" + anna.taxCode()).body());
      HttpBrowser.Page page = operator.open("/operator/holder.xhtml?h=" + holderId);
      assertThat(page.body())
          .as(page.body())
          .contains("id=\"device-type\">Token " + oldSerial, "id=\"device-state\">Attivo")
          .contains("id=\"renewal\"")
          .doesNotContain("id=\"assigned-serial\"");

      // the stock by part of the serial; too short a search is refused and assigns nothing
      HttpBrowser.Page tooShort = operator.submit(page, "stock", Map.of("serial", "H"), "search");
      assertThat(tooShort.body()).contains("SIG-142").doesNotContain("stock-row");
      HttpBrowser.Page searched =
          operator.submit(
              tooShort, "stock", Map.of("serial", newSerial.substring(3).toLowerCase()), "search");
      assertThat(searched.body())
          .as(searched.body())
          .contains("class=\"stock-serial\">" + newSerial)
          // a token in use is not stock
          .doesNotContain("class=\"stock-serial\">" + oldSerial);
      // a second tab of the same page, with a spare token found before the first is assigned
      String spare = HolderSteps.tokenInStock(backEnd);
      HttpBrowser.Page secondTab =
          operator.submit(
              operator.open("/operator/holder.xhtml?h=" + holderId),
              "stock",
              Map.of("serial", spare),
              "search");
      HttpBrowser.Page assigned = operator.submit(searched, "stock", Map.of(), "tokens:0:assign");
      assertThat(assigned.body())
          .as(assigned.body())
          .contains("Token riservato per il titolare", "<strong>" + newSerial + "</strong>")
          .contains("id=\"device-state\">Attivo")
          .doesNotContain("id=\"stock\"");
      assertThat(backEnd.get("/api/otp/tokens/" + newSerial).body())
          .contains("\"state\":\"ASSIGNED\"", "\"owner\":\"" + holder + "\"");
      assertThat(Database.auditActors(tenant.slug(), "signature.device.token-assigned"))
          .containsExactly(operatorName);
      // one reservation at a time: the second tab's assignment is refused and changes nothing
      HttpBrowser.Page second = operator.submit(secondTab, "stock", Map.of(), "tokens:0:assign");
      assertThat(second.body()).as(second.body()).contains("SIG-140", newSerial);
      assertThat(backEnd.get("/api/otp/tokens/" + spare).body())
          .contains("\"state\":\"AVAILABLE\"");

      // the holder sees the reserved token on the device page of self-care
      HttpBrowser self = new HttpBrowser(base, tenant.host());
      HttpBrowser.Page devicePage =
          self.signIn(self.open("/signature/device.xhtml"), holder, Account.PASSWORD);
      assertThat(devicePage.body()).as(devicePage.body()).contains("id=\"token-assigned\"");
      assertThat(devicePage.body()).contains(newSerial);

      // the holder completes the claim: signature password, SMS code, two codes of the new token
      HttpResponse<String> started =
          api.post("/api/signature/device/replacement", "{\"password\":\"" + PASSWORD + "\"}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String challenge = TenantApi.group("\"challengeId\":\"([^\"]+)\"", started.body());
      Smsc.Sms sms = smsc.next();
      assertThat(sms.destination()).isEqualTo(anna.mobile().substring(1));
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      HttpResponse<String> claimed =
          api.post(
              "/api/signature/device/replacement/token",
              replacement(challenge, sms.code(), newSerial, token.hotp(0), token.hotp(1)));
      assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
      assertThat(claimed.body()).contains("\"serial\":\"" + newSerial + "\"", "\"ACTIVE\"");

      // the old token was revoked with it; the new one is hers and active
      assertThat(backEnd.get("/api/otp/tokens/" + oldSerial).body())
          .contains("\"state\":\"RETIRED\"");
      assertThat(backEnd.get("/api/otp/tokens/" + newSerial).body())
          .contains("\"state\":\"ACTIVE\"", "\"owner\":\"" + holder + "\"");

      // the operator's page, still open with the cancel button, cannot take back a claimed token
      HttpBrowser.Page late = operator.submit(assigned, "assigned", Map.of(), "cancel");
      assertThat(late.body()).as(late.body()).contains("SIG-141");
      assertThat(backEnd.get("/api/otp/tokens/" + newSerial).body())
          .contains("\"state\":\"ACTIVE\"");
      HttpBrowser.Page after = operator.open("/operator/holder.xhtml?h=" + holderId);
      assertThat(after.body())
          .contains("id=\"device-type\">Token " + newSerial, "id=\"device-state\">Attivo")
          .doesNotContain("id=\"assigned-serial\"");
      // nothing of the claim's proof ever reached the operator's pages
      for (HttpBrowser.Page seen :
          new HttpBrowser.Page[] {page, searched, assigned, second, late, after}) {
        assertThat(seen.body())
            .doesNotContain(HolderSteps.SEED)
            .doesNotContain(">" + sms.code() + "<");
      }
      assertThat(backEnd.get("/api/otp/tokens/" + spare).body())
          .contains("\"state\":\"AVAILABLE\"");

      // and she signs with the new token's next code
      HttpResponse<byte[]> signed =
          api.postForBytes(
              "/api/signature/sign",
              signRequest(
                  Base64.getEncoder().encodeToString(Pdfs.onePage("Dopo la sostituzione")),
                  PASSWORD,
                  token.hotp(2)));
      assertSignedAndValid(signed);
    }
  }

  @Test
  void aReservedTokenIsNobodyElsesAndOnlyThisTenantsOperatorsAtLevelTwoAssignOrCancelIt()
      throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("hreserve", "Riserva Fiduciaria", "#102030", "#405060");
    TestTenants.Tenant other =
        TestTenants.active("hrival", "Rivale Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        TenantClient rivals = new TenantClient(base, other.slug());
        Smsc smsc = Smsc.fromEnvironment()) {
      String holder = people.person("anna");
      String intruder = people.person("mallory");
      TenantApi api = new TenantApi(base, tenant.host(), people.token(holder));
      TenantApi intruderApi = new TenantApi(base, tenant.host(), people.token(intruder));
      TenantApi backEnd = new TenantApi(base, tenant.host(), people.serviceToken());
      HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), holder);
      HolderSteps.activeWithToken(api, backEnd, anna);
      HolderSteps.Person mallory = HolderSteps.verifiedPerson(tenant.slug(), intruder);
      HolderSteps.activeWithToken(intruderApi, backEnd, mallory);
      String reserved = HolderSteps.tokenInStock(backEnd);

      String operatorName = Account.uniqueName("op");
      people.platform().createAccount(tenant.slug(), operatorName, "user", "operator");
      HttpBrowser operator = new HttpBrowser(base, tenant.host());
      operator.signIn(operator.open("/operator/holders.xhtml"), operatorName, Account.PASSWORD);
      String holderId =
          TenantApi.group(
              "holder.xhtml\\?h=(\\d+)",
              operator.open("/operator/holders.xhtml?q=" + anna.taxCode()).body());
      HttpBrowser.Page page = operator.open("/operator/holder.xhtml?h=" + holderId);
      HttpBrowser.Page searched =
          operator.submit(page, "stock", Map.of("serial", reserved), "search");
      HttpBrowser.Page assigned = operator.submit(searched, "stock", Map.of(), "tokens:0:assign");
      assertThat(assigned.body()).as(assigned.body()).contains("<strong>" + reserved + "</strong>");

      // another holder with the token in hand and its right codes cannot claim it
      HttpResponse<String> started =
          intruderApi.post(
              "/api/signature/device/replacement", "{\"password\":\"" + PASSWORD + "\"}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String challenge = TenantApi.group("\"challengeId\":\"([^\"]+)\"", started.body());
      Smsc.Sms sms = smsc.next();
      OtpApp token = OtpApp.fromBase32(HolderSteps.SEED);
      HttpResponse<String> stolen =
          intruderApi.post(
              "/api/signature/device/replacement/token",
              replacement(challenge, sms.code(), reserved, token.hotp(0), token.hotp(1)));
      assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(422);
      assertThat(stolen.body()).contains("\"code\":\"SIGN-044\"").doesNotContain(holder);
      assertThat(backEnd.get("/api/otp/tokens/" + reserved).body())
          .contains("\"state\":\"ASSIGNED\"", "\"owner\":\"" + holder + "\"");
      assertThat(intruderApi.get("/api/signature/device").body())
          .doesNotContain(reserved)
          .contains("\"status\":\"ACTIVE\"");

      // another tenant's operator: no sign-in on this portal, no holder of this tenant on their own
      String rivalName = Account.uniqueName("op");
      rivals.platform().createAccount(other.slug(), rivalName, "user", "operator");
      HttpBrowser rival = new HttpBrowser(base, tenant.host());
      HttpBrowser.Page notMember =
          rival.signIn(
              rival.open("/operator/holder.xhtml?h=" + holderId), rivalName, Account.PASSWORD);
      assertThat(notMember.body()).contains("SIG-060").doesNotContain(anna.taxCode());
      HttpBrowser rivalHome = new HttpBrowser(base, other.host());
      rivalHome.signIn(rivalHome.open("/operator/holders.xhtml"), rivalName, Account.PASSWORD);
      HttpBrowser.Page elsewhere = rivalHome.open("/operator/holder.xhtml?h=" + holderId);
      assertThat(elsewhere.body())
          .as(elsewhere.body())
          .contains("SIGN-030")
          .doesNotContain(anna.taxCode())
          .doesNotContain("id=\"stock\"");
      // nor through the inventory API, with their back end's token on either host
      String spare = HolderSteps.tokenInStock(backEnd);
      String rivalToken = rivals.serviceToken();
      HttpResponse<String> crossHost =
          new TenantApi(base, tenant.host(), rivalToken)
              .post("/api/otp/tokens/" + spare + "/assign", "{\"owner\":\"" + intruder + "\"}");
      assertThat(crossHost.statusCode()).as(crossHost.body()).isEqualTo(403);
      assertThat(crossHost.body()).contains("SIG-063");
      HttpResponse<String> ownHost =
          new TenantApi(base, other.host(), rivalToken)
              .post("/api/otp/tokens/" + spare + "/assign", "{\"owner\":\"" + intruder + "\"}");
      assertThat(ownHost.statusCode()).as(ownHost.body()).isEqualTo(404);
      assertThat(backEnd.get("/api/otp/tokens/" + spare).body())
          .contains("\"state\":\"AVAILABLE\"");

      // an operator signed in with the password alone gets the step-up page, and a post is refused
      HttpBrowser passwordOnly = new HttpBrowser(base, tenant.host()).manualStaffStepUp();
      HttpBrowser.Page stepUp =
          passwordOnly.signIn(
              passwordOnly.open("/operator/holder.xhtml?h=" + holderId),
              operatorName,
              Account.PASSWORD);
      assertThat(stepUp.path()).endsWith("/staff/");
      assertThat(stepUp.body()).doesNotContain(anna.taxCode());
      HttpBrowser.Page post =
          passwordOnly.post(
              passwordOnly.at("/operator/holder.xhtml"),
              Map.of(
                  "jakarta.faces.ViewState", "x",
                  "assigned", "assigned",
                  "assigned:cancel", "x"));
      assertThat(post.status()).isEqualTo(403);
      assertThat(post.body()).contains("SIG-090");
      assertThat(backEnd.get("/api/otp/tokens/" + reserved).body())
          .contains("\"state\":\"ASSIGNED\"");

      // the operator at level 2 cancels: back in stock, nobody's, audited under their name
      HttpBrowser.Page cancelled = operator.submit(assigned, "assigned", Map.of(), "cancel");
      assertThat(cancelled.body())
          .as(cancelled.body())
          .contains("Assegnazione annullata", "id=\"stock\"");
      assertThat(backEnd.get("/api/otp/tokens/" + reserved).body())
          .contains("\"state\":\"AVAILABLE\"")
          .doesNotContain("\"owner\":\"" + holder + "\"");
      assertThat(Database.auditActors(tenant.slug(), "signature.device.token-unassigned"))
          .containsExactly(operatorName);
    }
  }

  private static String replacement(
      String challenge, String smsCode, String serial, String first, String second) {
    return "{\"challengeId\":\""
        + challenge
        + "\",\"smsCode\":\""
        + smsCode
        + "\",\"serial\":\""
        + serial
        + "\",\"codes\":[\""
        + first
        + "\",\""
        + second
        + "\"]}";
  }

  private static void assertSignedAndValid(HttpResponse<byte[]> signed) throws Exception {
    assertThat(signed.statusCode()).as(new String(signed.body())).isEqualTo(200);
    Path file = Files.createTempFile("signed", ".pdf");
    Files.write(file, signed.body());
    Process pdfsig =
        new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String report = new String(pdfsig.getInputStream().readAllBytes());
    assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(report).contains("Signature #1", "Signature is Valid");
  }
}
