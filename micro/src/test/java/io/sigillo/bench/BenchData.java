package io.sigillo.bench;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.it.support.KeycloakAdmin;
import io.sigillo.otp.infrastructure.crypto.Keyring;
import io.sigillo.otp.infrastructure.crypto.SecretBinding;
import io.sigillo.otp.infrastructure.crypto.SecretCipher;
import java.io.IOException;
import java.io.Reader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.postgresql.PGConnection;

/**
 * Benchmark data on the database the application uses (system properties {@code bench.db.url},
 * {@code bench.db.user}):
 *
 * <pre>
 * BenchData tenant SLUG KEYCLOAK_URL CLIENT_SECRET   the tenant, its host SLUG.localhost, and its
 *                                                   back-end client (operator service account)
 * BenchData devices SLUG FIRST_ID COUNT             COUNT active HOTP tokens (SHA-1, 6 digits,
 *                                                   next counter 0) with ids FIRST_ID..
 * </pre>
 *
 * <p>Devices go in through COPY, because a million single inserts through the API would take hours.
 * The secret cannot be a template copied from one row: it is sealed with AES-GCM with the tenant
 * and the device id as associated data, so each row is sealed here with the registry's own {@link
 * SecretCipher} under the keyring the server runs with ({@code bench.keys.current}, {@code
 * bench.keys}, the public development key by default) — byte for byte what enrolment stores.
 */
public final class BenchData {

  private static final String DEV_KEY_ID = "dev-only-public-key";
  private static final String DEV_KEYS =
      "dev-only-public-key:ZGV2LW9ubHktcHVibGljLWtleS1kby1ub3QtdXNlISE=";
  private static final int BATCH = 50_000;

  private BenchData() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "tenant" -> tenant(args[1], args[2], args[3]);
      case "devices" -> devices(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]));
      default -> {
        System.err.println(
            "usage: BenchData tenant SLUG KEYCLOAK_URL SECRET | devices SLUG FIRST COUNT");
        System.exit(2);
      }
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("bench.db.url"), System.getProperty("bench.db.user", "postgres"), "");
  }

  private static void tenant(String slug, String keycloakUrl, String secret) throws SQLException {
    try (Connection c = connect()) {
      boolean exists;
      try (PreparedStatement ps = c.prepareStatement("select 1 from tenant where slug = ?")) {
        ps.setString(1, slug);
        try (ResultSet rs = ps.executeQuery()) {
          exists = rs.next();
        }
      }
      if (!exists) {
        long id;
        try (ResultSet seq = c.createStatement().executeQuery("select nextval('tenant_seq')")) {
          seq.next();
          id = seq.getLong(1);
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into tenant (id, slug, display_name, primary_color, accent_color,"
                    + " support_email, status, created_at) values (?, ?, ?, '#102030', '#405060',"
                    + " ?, 'ACTIVE', now())")) {
          ps.setLong(1, id);
          ps.setString(2, slug);
          ps.setString(3, "Benchmark " + slug);
          ps.setString(4, "help@" + slug + ".example");
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement("insert into tenant_host (tenant_ref, host) values (?, ?)")) {
          ps.setLong(1, id);
          ps.setString(2, slug + ".localhost");
          ps.executeUpdate();
        }
      }
    }
    keycloakClient(slug, keycloakUrl, secret);
    System.out.println("tenant " + slug + " ready, client backend-" + slug);
  }

  /**
   * The tenant's portal client with the tenant roles, and its back-end client as provisioning makes
   * them (names, service account holding the portal's operator role, scope, mappers), the back end
   * with the given secret: the application's provisioning is not running here.
   */
  private static void keycloakClient(String slug, String url, String secret) {
    try (Keycloak keycloak =
        KeycloakBuilder.builder()
            .serverUrl(url)
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(System.getProperty("bench.keycloak.admin", "admin"))
            .password(System.getProperty("bench.keycloak.password", "admin"))
            .resteasyClient(new ResteasyClientBuilderImpl().build())
            .build()) {
      RealmResource realm = keycloak.realm("sigillo");
      String portalId = "portal-" + slug;
      String backEndId = "backend-" + slug;
      for (String clientId : List.of(portalId, backEndId)) {
        realm
            .clients()
            .findByClientId(clientId)
            .forEach(c -> realm.clients().get(c.getId()).remove());
      }
      ClientRepresentation portal = new ClientRepresentation();
      portal.setClientId(portalId);
      portal.setPublicClient(false);
      portal.setStandardFlowEnabled(false);
      portal.setFullScopeAllowed(false);
      String portalUuid = create(realm, portal);
      ClientResource portalResource = realm.clients().get(portalUuid);
      for (String name : List.of("user", "operator")) {
        RoleRepresentation role = new RoleRepresentation();
        role.setName(name);
        role.setClientRole(true);
        portalResource.roles().create(role);
      }
      RoleRepresentation operator = portalResource.roles().get("operator").toRepresentation();

      ClientRepresentation backEnd = new ClientRepresentation();
      backEnd.setClientId(backEndId);
      backEnd.setPublicClient(false);
      backEnd.setSecret(secret);
      backEnd.setServiceAccountsEnabled(true);
      backEnd.setStandardFlowEnabled(false);
      backEnd.setFullScopeAllowed(false);
      backEnd.setProtocolMappers(
          List.of(KeycloakAdmin.groupsMapper(portalId), KeycloakAdmin.apiAudienceMapper()));
      ClientResource backEndResource = realm.clients().get(create(realm, backEnd));
      backEndResource.getScopeMappings().clientLevel(portalUuid).add(List.of(operator));
      realm
          .users()
          .get(backEndResource.getServiceAccountUser().getId())
          .roles()
          .clientLevel(portalUuid)
          .add(List.of(operator));
    }
  }

  private static String create(RealmResource realm, ClientRepresentation client) {
    try (var created = realm.clients().create(client)) {
      return CreatedResponseUtil.getCreatedId(created);
    }
  }

  private static void devices(String slug, long first, int count) throws Exception {
    SecretCipher cipher =
        new SecretCipher(
            Keyring.parse(
                System.getProperty("bench.keys.current", DEV_KEY_ID),
                System.getProperty("bench.keys", DEV_KEYS)),
            new SecureRandom());
    String keyId = System.getProperty("bench.keys.current", DEV_KEY_ID);
    TenantId tenant = TenantId.of(slug);
    HexFormat hex = HexFormat.of();
    long started = System.nanoTime();
    try (Connection c = connect()) {
      PGConnection pg = c.unwrap(PGConnection.class);
      for (long from = first; from < first + count; from += BATCH) {
        long to = Math.min(first + count, from + BATCH);
        StringBuilder rows = new StringBuilder((int) (to - from) * 200);
        for (long id = from; id < to; id++) {
          byte[] sealed = cipher.encrypt(BenchSecrets.seed(id), new SecretBinding(tenant, id));
          rows.append(id)
              .append(',')
              .append(slug)
              .append(",holder-")
              .append(id)
              .append(",HOTP,ACTIVE,BENCH-")
              .append(id)
              .append(",SHA1,6,30,-1,2026-01-01 00:00:00+00,2026-01-01 00:00:00+00,")
              .append(keyId)
              .append(",\\x")
              .append(hex.formatHex(sealed))
              .append('\n');
        }
        try (Reader reader = new java.io.StringReader(rows.toString())) {
          pg.getCopyAPI()
              .copyIn(
                  "copy otp_device (id, tenant_id, owner, type, status, serial, algorithm, digits,"
                      + " period_seconds, last_accepted, created_at, activated_at, secret_key_id,"
                      + " secret_data) from stdin with (format csv)",
                  reader);
        }
      }
      // keep the application's own sequence clear of the generated ids
      try (PreparedStatement ps =
          c.prepareStatement(
              "select setval('otp_device_seq', greatest((select max(id) from otp_device) + 1,"
                  + " nextval('otp_device_seq')))")) {
        ps.execute();
      }
      c.createStatement().execute("analyze otp_device");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    System.out.printf(
        "devices %d..%d of %s loaded in %.1f s%n",
        first, first + count - 1, slug, (System.nanoTime() - started) / 1e9);
  }
}
