package io.sigillo.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token import over HTTP as an operator's back-end calls it, with a Keycloak bearer token on
 * the tenant's host: a CSV dry run, its commit, the inventory listing, an encrypted PSKC file with
 * its key in the header, and a wrong key refused with a catalogued body; an assignment only to a
 * person of the tenant; wrong claims that count until the claimant is blocked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenInventoryApiIT {

  private static final String SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  private static final String KEY = "000102030405060708090a0b0c0d0e0f";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private HttpResponse<String> send(
      String host,
      String method,
      String path,
      String token,
      String type,
      String body,
      String... headers) {
    return new TenantApi(base, host, token).send(method, path, type, body, headers);
  }

  @Test
  void anOperatorChecksThenCommitsAFileAndListsTheStockWithoutAnySeed() {
    TestTenants.Tenant tenant = TestTenants.active("tok", "Token Fiduciaria", "#102030", "#405060");
    String serial = "CSV-" + UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "serial,secret,algorithm,digits,counter\n"
            + serial
            + ","
            + SEED_BASE32
            + ",HOTP,6,0\n"
            + "BAD-1,not-base32!,HOTP,6,0\n";
    try (TenantClient backEnd = new TenantClient(base, tenant.slug())) {
      String token = backEnd.serviceToken();

      HttpResponse<String> dryRun =
          send(tenant.host(), "POST", "/api/otp/tokens/import", token, "text/csv", csv);
      assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
      assertThat(dryRun.body())
          .contains(
              "\"committed\":false", "\"added\":1", "\"rejected\":1", "\"positionsAre\":\"line\"")
          .contains("\"position\":3", "\"reason\":\"SECRET_INVALID\"")
          .doesNotContain(SEED_BASE32);
      HttpResponse<String> empty =
          send(tenant.host(), "GET", "/api/otp/tokens?state=AVAILABLE", token, null, null);
      assertThat(empty.body()).isEqualTo("[]");

      HttpResponse<String> committed =
          send(
              tenant.host(), "POST", "/api/otp/tokens/import?dryRun=false", token, "text/csv", csv);
      assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
      assertThat(committed.body()).contains("\"committed\":true", "\"added\":1");

      HttpResponse<String> stock =
          send(tenant.host(), "GET", "/api/otp/tokens?state=AVAILABLE", token, null, null);
      assertThat(stock.statusCode()).isEqualTo(200);
      assertThat(stock.body())
          .contains("\"serial\":\"" + serial + "\"", "\"state\":\"AVAILABLE\"")
          .doesNotContain(SEED_BASE32, "secret");

      String pskcSerial = "PSKC-" + UUID.randomUUID().toString().substring(0, 8);
      String pskc =
          PskcFiles.encrypted(
              HexFormat.of().parseHex(KEY),
              List.of(PskcFiles.Entry.hotp(pskcSerial, OtpApp.base32(SEED_BASE32), 0)),
              false);
      HttpResponse<String> encrypted =
          send(
              tenant.host(),
              "POST",
              "/api/otp/tokens/import?dryRun=false",
              token,
              "application/pskc+xml",
              pskc,
              "Sigillo-Pskc-Key",
              KEY);
      assertThat(encrypted.statusCode()).as(encrypted.body()).isEqualTo(200);
      assertThat(encrypted.body()).contains("\"format\":\"PSKC\"", "\"added\":1");

      HttpResponse<String> wrongKey =
          send(
              tenant.host(),
              "POST",
              "/api/otp/tokens/import",
              token,
              "application/pskc+xml",
              pskc,
              "Sigillo-Pskc-Key",
              "ffffffffffffffffffffffffffffffff");
      assertThat(wrongKey.statusCode()).isEqualTo(422);
      assertThat(wrongKey.body())
          .contains("\"code\":\"OTP-032\"")
          .doesNotContain("ffffffffffffffffffffffffffffffff", "Exception");
    }
  }

  @Test
  void aTokenIsAssignedOnlyToAPersonWithAnIdentityOfTheTenant() {
    TestTenants.Tenant tenant =
        TestTenants.active("tas", "Assegna Fiduciaria", "#102030", "#405060");
    TestTenants.Tenant other = TestTenants.active("tao", "Altra Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        TenantClient others = new TenantClient(base, other.slug())) {
      String token = people.serviceToken();
      String serial = stock(tenant, token);
      String anna = people.person("anna");
      Database.insertIdentity(tenant.slug(), anna, "Anna", "Bianchi", null);
      String stranger = others.person("luca");
      Database.insertIdentity(other.slug(), stranger, "Luca", "Verdi", null);
      String suspended = people.person("sara");
      Database.insertIdentity(tenant.slug(), suspended, "Sara", "Neri", null);
      Database.update(
          "update identity set status = 'SUSPENDED' where tenant_id = ? and username = ?",
          tenant.slug(),
          suspended);

      // a typo, a person of another reseller, an account without identity, a suspended identity
      for (String owner : List.of("nobody-" + anna, stranger, people.person("noid"), suspended)) {
        HttpResponse<String> refused = assign(tenant, token, serial, owner);
        assertThat(refused.statusCode()).as(owner + ": " + refused.body()).isEqualTo(422);
        assertThat(refused.body())
            .contains("\"code\":\"OTP-081\"", owner)
            .doesNotContain("Exception");
      }
      assertThat(send(tenant.host(), "GET", "/api/otp/tokens/" + serial, token, null, null).body())
          .contains("\"state\":\"AVAILABLE\"")
          .doesNotContain("\"owner\":\"");

      HttpResponse<String> assigned = assign(tenant, token, serial, anna);
      assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
      assertThat(assigned.body()).contains("\"state\":\"ASSIGNED\"", "\"owner\":\"" + anna + "\"");
    }
  }

  /**
   * An attacker with a person's account tries codes for a token in stock: every refusal counts,
   * none is rolled back with the answer, and past the tenant's threshold even the right codes are
   * refused as BLOCKED.
   */
  @Test
  void wrongClaimsOverHttpCountUntilTheClaimantIsBlockedEvenWithTheRightCodes() {
    TestTenants.Tenant tenant = TestTenants.active("tcl", "Claim Fiduciaria", "#102030", "#405060");
    // three wrong claims for SIGN, no delay between them, so only the count can stop the fourth
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
      String serial = stock(tenant, people.serviceToken());
      String mallory = people.person("mallory");
      TenantApi attacker = new TenantApi(base, tenant.host(), people.token(mallory));
      OtpApp token = OtpApp.fromBase32(SEED_BASE32);

      List<String> answers = new java.util.ArrayList<>();
      for (String[] codes :
          List.of(
              new String[] {"000000", "111111"},
              new String[] {"222222", "333333"},
              new String[] {"444444", "555555"},
              new String[] {token.hotp(0), token.hotp(1)})) {
        HttpResponse<String> claim =
            attacker.post(
                "/api/otp/tokens/claim",
                "{\"serial\":\""
                    + serial
                    + "\",\"codes\":[\""
                    + codes[0]
                    + "\",\""
                    + codes[1]
                    + "\"]}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
        answers.add(TenantApi.group("\"status\":\"([A-Z_]+)\"", claim.body()));
      }
      assertThat(answers).containsExactly("REFUSED", "REFUSED", "REFUSED", "BLOCKED");
      assertThat(
              Database.count(
                  "select count(*) from otp_device where tenant_id = ? and serial = ?"
                      + " and status = 'AVAILABLE' and owner is null",
                  tenant.slug(),
                  serial))
          .isEqualTo(1);
    }
  }

  private String stock(TestTenants.Tenant tenant, String token) {
    String serial = "AS-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> imported =
        send(
            tenant.host(),
            "POST",
            "/api/otp/tokens/import?dryRun=false",
            token,
            "text/csv",
            "serial,secret,algorithm,digits,counter\n"
                + serial
                + ","
                + SEED_BASE32
                + ",HOTP,6,0\n");
    assertThat(imported.body()).as(imported.body()).contains("\"added\":1");
    return serial;
  }

  private HttpResponse<String> assign(
      TestTenants.Tenant tenant, String token, String serial, String owner) {
    return send(
        tenant.host(),
        "POST",
        "/api/otp/tokens/" + serial + "/assign",
        token,
        "application/json",
        "{\"owner\":\"" + owner + "\"}");
  }

  @Test
  void theOpenApiDocumentDescribesTheTokenInventory() {
    HttpResponse<String> document = Http.getRoot(base, "/openapi");
    assertThat(document.body()).contains("/otp/tokens/import", "/otp/tokens/claim", "OTP tokens");
  }
}
