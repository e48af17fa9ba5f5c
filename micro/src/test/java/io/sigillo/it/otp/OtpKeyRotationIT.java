package io.sigillo.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.EnrolmentForms;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.HttpBrowser.Page;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.OtpApp;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Pngs;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import io.sigillo.otp.infrastructure.crypto.Keyring;
import io.sigillo.otp.infrastructure.crypto.SecretBinding;
import io.sigillo.otp.infrastructure.crypto.SecretCipher;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key rotation through the platform API. Three tokens of a tenant are put under the retired test
 * key (as rows written before the current key was made current would be), still validate, are
 * re-encrypted by one call in batches of two, then carry the current key id, still validate, and a
 * second call finds nothing to do. Only platform-admin may call it. The same keys seal other
 * modules' data (an enrolment's document scans): the rotation re-seals those too, and counts them,
 * so its "remaining 0" means the old key may really leave the ring.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OtpKeyRotationIT {

  /**
   * As in micro/pom.xml's SIGILLO_OTP_SECRET_KEYS: the current development key and a retired one.
   */
  private static final String CURRENT = "dev-only-public-key";

  private static final String RETIRED = "it-retired-key";
  private static final Keyring WRITTEN_BEFORE_ROTATION =
      keyring(
          RETIRED,
          CURRENT,
          "ZGV2LW9ubHktcHVibGljLWtleS1kby1ub3QtdXNlISE=",
          RETIRED,
          "aXQtcmV0aXJlZC1rZXktb25seS1mb3ItdGVzdHMhISE=");

  /** The ring once the retired key has left it: what must still open everything. */
  private static final Keyring AFTER_REMOVAL =
      Keyring.of(
          CURRENT,
          Map.of(
              CURRENT, Base64.getDecoder().decode("ZGV2LW9ubHktcHVibGljLWtleS1kby1ub3QtdXNlISE=")));

  private static final String SCAN_KIND = "identity-document-scan";

  private static final String SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private static Keyring keyring(String current, String id1, String key1, String id2, String key2) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put(id1, Base64.getDecoder().decode(key1));
    keys.put(id2, Base64.getDecoder().decode(key2));
    return Keyring.of(current, keys);
  }

  private HttpResponse<String> post(String host, String path, String token, String json) {
    return new TenantApi(base, host, token).post(path, json);
  }

  /** Re-seals a device's secret under the retired key, as if stored before the rotation. */
  private static void underRetiredKey(TenantId tenant, long deviceId) throws SQLException {
    SecretCipher cipher = new SecretCipher(WRITTEN_BEFORE_ROTATION, new SecureRandom());
    try (Connection c = Environment.database()) {
      byte[] stored;
      try (PreparedStatement read =
          c.prepareStatement("select secret_data from otp_device where id = ? and tenant_id = ?")) {
        read.setLong(1, deviceId);
        read.setString(2, tenant.value());
        try (ResultSet rs = read.executeQuery()) {
          assertThat(rs.next()).isTrue();
          stored = rs.getBytes(1);
        }
      }
      try (PreparedStatement write =
          c.prepareStatement(
              "update otp_device set secret_key_id = ?, secret_data = ? where id = ?")) {
        write.setString(1, RETIRED);
        write.setBytes(2, cipher.reencrypt(stored, new SecretBinding(tenant, deviceId)));
        write.setLong(3, deviceId);
        assertThat(write.executeUpdate()).isEqualTo(1);
      }
    }
  }

  private static List<String> keyIds(TenantId tenant) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = Environment.database();
        PreparedStatement ps =
            c.prepareStatement(
                "select secret_key_id, secret_data from otp_device where tenant_id = ? order by id")) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          assertThat(SecretCipher.keyIdOf(rs.getBytes(2))).isEqualTo(rs.getString(1));
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  private static int auditEvents(TenantId tenant, String action) throws SQLException {
    try (Connection c = Environment.database();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from audit_event where tenant_id = ? and action = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, action);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private String validate(String host, String token, String id, long counter) {
    String code = OtpApp.fromBase32(SEED_BASE32).hotp(counter);
    return post(
            host,
            "/api/otp/validate",
            token,
            "{\"deviceId\":" + id + ",\"purpose\":\"SIGN\",\"code\":\"" + code + "\"}")
        .body();
  }

  @Test
  void secretsUnderARetiredKeyAreReEncryptedInBatchesStillValidateAndARerunDoesNothing()
      throws Exception {
    TestTenants.Tenant tenant = TestTenants.active("otprot", "Rotation Spa", "#102030", "#405060");
    TenantId tenantId = TenantId.of(tenant.slug());
    try (TenantClient operator = new TenantClient(base, tenant.slug());
        PlatformOperator platform = new PlatformOperator(base)) {
      String token = operator.serviceToken();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> registered =
            post(
                tenant.host(),
                "/api/otp/devices/hotp",
                token,
                "{\"owner\":\"holder-"
                    + i
                    + "\",\"serial\":\"ROT-"
                    + i
                    + "\",\"base32Secret\":\""
                    + SEED_BASE32
                    + "\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = TenantApi.group("\"id\":(\\d+)", registered.body());
        String code = OtpApp.fromBase32(SEED_BASE32).hotp(0);
        assertThat(
                post(
                        tenant.host(),
                        "/api/otp/devices/" + id + "/confirm",
                        token,
                        "{\"code\":\"" + code + "\"}")
                    .body())
            .contains("\"status\":\"ACCEPTED\"");
        underRetiredKey(tenantId, Long.parseLong(id));
        ids.add(id);
      }
      assertThat(keyIds(tenantId)).containsOnly(RETIRED).hasSize(3);
      assertThat(validate(tenant.host(), token, ids.get(0), 1))
          .as("the retired key still opens its rows before the rotation")
          .contains("\"status\":\"ACCEPTED\"");

      String admin = platform.token();
      HttpResponse<String> rotated =
          post(tenant.host(), "/api/platform/otp/secret-key-rotation", admin, "{\"batchSize\":2}");
      assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
      assertThat(rotated.body()).contains("\"keyId\":\"" + CURRENT + "\"");
      String mine = tenantPart(rotated.body(), tenant.slug());
      assertThat(mine).contains("\"rotated\":3", "\"remaining\":0");
      assertThat(kind(mine, "deviceSecrets")).contains("\"rotated\":3", "\"remaining\":0");
      assertThat(kind(mine, "documentScans")).contains("\"rotated\":0", "\"remaining\":0");

      assertThat(keyIds(tenantId)).containsOnly(CURRENT).hasSize(3);
      assertThat(auditEvents(tenantId, "otp.secrets.rotated"))
          .as("one audit event per batch: 2 + 1")
          .isEqualTo(2);
      assertThat(validate(tenant.host(), token, ids.get(0), 2)).contains("\"status\":\"ACCEPTED\"");
      assertThat(validate(tenant.host(), token, ids.get(1), 1)).contains("\"status\":\"ACCEPTED\"");
      assertThat(validate(tenant.host(), token, ids.get(2), 1)).contains("\"status\":\"ACCEPTED\"");

      HttpResponse<String> again =
          post(tenant.host(), "/api/platform/otp/secret-key-rotation", admin, "{}");
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).doesNotContain(tenant.slug());
      assertThat(keyIds(tenantId)).containsOnly(CURRENT);
      assertThat(auditEvents(tenantId, "otp.secrets.rotated")).isEqualTo(2);

      HttpResponse<String> badBatch =
          post(tenant.host(), "/api/platform/otp/secret-key-rotation", admin, "{\"batchSize\":0}");
      assertThat(badBatch.statusCode()).isEqualTo(400);
      assertThat(badBatch.body()).contains("\"code\":\"SIG-006\"", "batchSize");
      assertThat(
              post(tenant.host(), "/api/platform/otp/secret-key-rotation", token, "{}")
                  .statusCode())
          .as("a tenant operator is not the platform operator")
          .isEqualTo(403);
    }
  }

  /** The tenant's only document scan: its id, the key id its row names and its stored form. */
  private record StoredScan(long id, String keyId, byte[] sealed) {}

  private static StoredScan onlyScan(TenantId tenant) throws SQLException {
    try (Connection c = Environment.database();
        PreparedStatement ps =
            c.prepareStatement(
                "select id, sealed_key_id, sealed_content from identity_document_scan"
                    + " where tenant_id = ?")) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        StoredScan scan = new StoredScan(rs.getLong(1), rs.getString(2), rs.getBytes(3));
        assertThat(rs.next()).as("one scan in the tenant").isFalse();
        return scan;
      }
    }
  }

  /** Re-seals a document scan under the retired key, as if stored before the rotation. */
  private static void scanUnderRetiredKey(TenantId tenant, StoredScan scan) throws SQLException {
    SecretCipher cipher = new SecretCipher(WRITTEN_BEFORE_ROTATION, new SecureRandom());
    byte[] resealed =
        cipher.reencrypt(scan.sealed(), new SecretBinding(tenant, scan.id(), SCAN_KIND));
    try (Connection c = Environment.database();
        PreparedStatement write =
            c.prepareStatement(
                "update identity_document_scan set sealed_key_id = ?, sealed_content = ?"
                    + " where id = ? and tenant_id = ?")) {
      write.setString(1, RETIRED);
      write.setBytes(2, resealed);
      write.setLong(3, scan.id());
      write.setString(4, tenant.value());
      assertThat(write.executeUpdate()).isEqualTo(1);
    }
  }

  /** One tenant's part of a report: the JSON object naming it (kinds nested one level). */
  private static String tenantPart(String report, String slug) {
    String member = "(?:[^{}]|\\{[^{}]*\\})*";
    return TenantApi.group(
        "(\\{" + member + "\"tenant\":\"" + slug + "\"" + member + "\\})", report);
  }

  private static String kind(String json, String kind) {
    return TenantApi.group("\"" + kind + "\":(\\{[^{}]*\\})", json);
  }

  @Test
  void documentScansUnderARetiredKeyAreReSealedCountedAndOpenWithoutIt() throws Exception {
    try (PlatformOperator platform = new PlatformOperator(base);
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox()) {
      String slug = platform.newTenant("scanrot", "Scansioni Spa");
      TenantId tenantId = TenantId.of(slug);
      String host = slug + ".localhost";
      String operator = Account.uniqueName("op");
      platform.createAccount(slug, Account.user(slug, operator).withRoles("user", "operator"));
      String customer = Account.uniqueName("cliente");
      byte[] png = Pngs.black(40, 25);

      HttpBrowser desk = new HttpBrowser(base, host);
      Page enrol = desk.signIn(desk.open("/operator/enrol.xhtml"), operator, Account.PASSWORD);
      Page codes =
          desk.submitMultipart(
              enrol,
              "enrol",
              EnrolmentForms.marioRossi(
                  customer,
                  customer + "@" + slug + ".example",
                  "333 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999))),
              "scan",
              "ci.png",
              png,
              "start");
      assertThat(codes.body()).as(codes.body()).contains("step-codes");
      StoredScan enrolled = onlyScan(tenantId);
      assertThat(SecretCipher.keyIdOf(enrolled.sealed())).isEqualTo(CURRENT);
      assertThat(enrolled.keyId())
          .as("the row names the key, as a device row does")
          .isEqualTo(CURRENT);
      scanUnderRetiredKey(tenantId, enrolled);
      String scanPath = "/operator/scan?u=" + customer + "&id=" + enrolled.id();
      assertThat(desk.open(scanPath).status())
          .as("the retired key still opens the scan before the rotation")
          .isEqualTo(200);

      HttpResponse<String> rotated =
          post(
              host, "/api/platform/otp/secret-key-rotation", platform.token(), "{\"batchSize\":2}");
      assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
      String mine = tenantPart(rotated.body(), slug);
      assertThat(kind(mine, "documentScans")).contains("\"rotated\":1", "\"remaining\":0");
      assertThat(mine).contains("\"rotated\":1", "\"remaining\":0");
      assertThat(kind(rotated.body(), "documentScans")).contains("\"remaining\":0");

      StoredScan after = onlyScan(tenantId);
      assertThat(SecretCipher.keyIdOf(after.sealed())).isEqualTo(CURRENT);
      assertThat(after.keyId()).isEqualTo(CURRENT);
      assertThat(
              new SecretCipher(AFTER_REMOVAL, new SecureRandom())
                  .decrypt(after.sealed(), new SecretBinding(tenantId, after.id(), SCAN_KIND)))
          .as("the ring without the retired key opens the re-sealed scan")
          .isEqualTo(png);
      Page opened = desk.open(scanPath);
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.header("Content-Type")).startsWith("image/png");
      assertThat(Database.auditDetails(slug, "identity.document-scans.resealed"))
          .containsExactly("1 document scans re-sealed under " + CURRENT + ", 0 left");

      HttpResponse<String> again =
          post(host, "/api/platform/otp/secret-key-rotation", platform.token(), "{}");
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).doesNotContain(slug);
      assertThat(Database.auditDetails(slug, "identity.document-scans.resealed")).hasSize(1);
    }
  }
}
