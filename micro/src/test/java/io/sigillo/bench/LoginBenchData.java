package io.sigillo.bench;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.infrastructure.crypto.Keyring;
import io.sigillo.otp.infrastructure.crypto.SecretBinding;
import io.sigillo.otp.infrastructure.crypto.SecretCipher;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people and clients of the level-2 login benchmark ({@code scripts/bench-level-two.sh}), where
 * the same users sign in at SPID level 2 through two browser flows of one Keycloak:
 *
 * <pre>
 * LoginBenchData keycloak URL TENANT USERS PASSWORD SECRET
 *     USERS accounts {@link #username}(1..USERS), members of the organization TENANT, each with the
 *     password and a Keycloak OTP credential (TOTP, SHA-1, 6 digits, 30 s) whose key is {@link
 *     #totpKey}; client {@value #KEYCLOAK_CLIENT} bound to the flow {@value #KEYCLOAK_FLOW} (the
 *     realm's browser flow with Sigillo's level-2 step replaced by Keycloak's own OTP form, or,
 *     without that step, the step-up flow of RECIPES with the OTP form) and client {@value
 *     #SIGILLO_CLIENT} on the realm's browser flow; both confidential with SECRET
 * LoginBenchData sigillo TENANT USERS WARM_USERS   (system properties bench.db.url, bench.db.user)
 *     the tenant TENANT (host TENANT.localhost) and, for each account, an active SPID identity and
 *     an active OTP app with the same key, sealed as the registry seals it; and as many for
 *     WARM_USERS persons of Sigillo only ({@link #warmUsername}), for {@link LevelTwoWarmup}
 * </pre>
 *
 * <p>Keycloak checks its TOTP codes with the UTF-8 bytes of the stored secret as the HMAC key, so
 * the key is 20 ASCII characters and the Sigillo app gets exactly those bytes: the two flows check
 * the same code of the same phone.
 */
public final class LoginBenchData {

  static final String KEYCLOAK_CLIENT = "bench-keycloak-otp";
  static final String SIGILLO_CLIENT = "bench-sigillo";
  static final String KEYCLOAK_FLOW = "bench keycloak otp";
  static final String REDIRECT_URI = "http://127.0.0.1:9/bench-callback";
  static final String SPID_L1 = "https://www.spid.gov.it/SpidL1";
  static final String SPID_L2 = "https://www.spid.gov.it/SpidL2";

  /** Provider ids of Sigillo's level-2 authenticator this setup recognises in the realm's flow. */
  private static final List<String> SIGILLO_STEP =
      List.of(System.getProperty("bench.sigillo.authenticator", "sigillo-level-two").split(","));

  private static final String DEV_KEY_ID = "dev-only-public-key";
  private static final String DEV_KEYS =
      "dev-only-public-key:ZGV2LW9ubHktcHVibGljLWtleS1kby1ub3QtdXNlISE=";

  private LoginBenchData() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "keycloak" -> keycloak(args[1], args[2], Integer.parseInt(args[3]), args[4], args[5]);
      case "sigillo" -> {
        sigillo(
            args[1], Integer.parseInt(args[2]), LoginBenchData::username, LoginBenchData::totpKey);
        sigillo(
            args[1],
            Integer.parseInt(args[3]),
            LoginBenchData::warmUsername,
            LoginBenchData::warmKey);
      }
      default -> {
        System.err.println(
            "usage: LoginBenchData keycloak URL TENANT USERS PASSWORD SECRET"
                + " | sigillo TENANT USERS WARM_USERS");
        System.exit(2);
      }
    }
  }

  static String username(int i) {
    return String.format("l2bench-%05d", i);
  }

  /** A person of Sigillo only, whose app {@link LevelTwoWarmup} uses before the measurement. */
  static String warmUsername(int i) {
    return String.format("l2warm-%05d", i);
  }

  static String warmKey(int i) {
    return totpKey(100_000 + i);
  }

  /** The TOTP key of user {@code i}: 20 ASCII characters, the same in Keycloak and Sigillo. */
  static String totpKey(int i) {
    return java.util.HexFormat.of().formatHex(BenchSecrets.seed(500_000_000L + i)).substring(0, 20);
  }

  // --- Keycloak ------------------------------------------------------------------------------

  private static void keycloak(String url, String tenant, int users, String password, String secret)
      throws Exception {
    try (Keycloak keycloak =
        KeycloakBuilder.builder()
            .serverUrl(url)
            .realm("master")
            .clientId("admin-cli")
            .grantType(OAuth2Constants.PASSWORD)
            .username(System.getProperty("bench.keycloak.admin", "admin"))
            .password(System.getProperty("bench.keycloak.password", "admin"))
            .resteasyClient(new ResteasyClientBuilderImpl().connectionPoolSize(8).build())
            .build()) {
      RealmResource realm = keycloak.realm("sigillo");
      levels(realm);
      String organization = organization(realm, tenant);
      long started = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> created = new ArrayList<>();
      for (int i = 1; i <= users; i++) {
        int user = i;
        created.add(pool.submit(() -> user(realm, organization, user, password)));
      }
      for (Future<?> f : created) {
        f.get();
      }
      pool.shutdown();
      System.out.printf(
          "%d users in organization %s ready in %.1f s%n",
          users, tenant, (System.nanoTime() - started) / 1e9);
      String flow = comparisonFlow(realm);
      client(realm, KEYCLOAK_CLIENT, secret, flow);
      client(realm, SIGILLO_CLIENT, secret, null);
    }
  }

  /** The SPID levels, when the realm does not map them yet (before the level-2 provider). */
  private static void levels(RealmResource realm) {
    RealmRepresentation representation = realm.toRepresentation();
    Map<String, String> attributes =
        representation.getAttributes() == null
            ? new HashMap<>()
            : new HashMap<>(representation.getAttributes());
    if (attributes.containsKey("acr.loa.map")) {
      return;
    }
    attributes.put("acr.loa.map", "{\"" + SPID_L1 + "\":1,\"" + SPID_L2 + "\":2}");
    RealmRepresentation update = new RealmRepresentation();
    update.setAttributes(attributes);
    realm.update(update);
    System.out.println("realm had no acr.loa.map: SPID levels mapped to 1 and 2");
  }

  private static String organization(RealmResource realm, String tenant) {
    for (OrganizationRepresentation o : realm.organizations().list(0, 1000)) {
      if (tenant.equals(o.getAlias())) {
        return o.getId();
      }
    }
    OrganizationRepresentation organization = new OrganizationRepresentation();
    organization.setName("Benchmark " + tenant);
    organization.setAlias(tenant);
    organization.setEnabled(true);
    try (Response created = realm.organizations().create(organization)) {
      return CreatedResponseUtil.getCreatedId(created);
    }
  }

  private static void user(RealmResource realm, String organization, int i, String password) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username(i));
    user.setEmail(username(i) + "@bench.example");
    user.setEmailVerified(true);
    user.setFirstName("Utente");
    user.setLastName(String.format("Bench %05d", i));
    user.setEnabled(true);
    CredentialRepresentation pwd = new CredentialRepresentation();
    pwd.setType(CredentialRepresentation.PASSWORD);
    pwd.setValue(password);
    pwd.setTemporary(false);
    CredentialRepresentation otp = new CredentialRepresentation();
    otp.setType("otp");
    otp.setUserLabel("bench");
    otp.setSecretData("{\"value\":\"" + totpKey(i) + "\"}");
    otp.setCredentialData(
        "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
    user.setCredentials(List.of(pwd, otp));
    String id;
    try (Response created = realm.users().create(user)) {
      if (created.getStatus() == 409) {
        id = realm.users().searchByUsername(username(i), true).get(0).getId();
      } else {
        id = CreatedResponseUtil.getCreatedId(created);
      }
    }
    try (Response added = realm.organizations().get(organization).members().addMember(id)) {
      if (added.getStatus() >= 300 && added.getStatus() != 409) {
        throw new IllegalStateException("membership of " + username(i) + ": " + added.getStatus());
      }
    }
  }

  private static void client(RealmResource realm, String clientId, String secret, String flowId) {
    realm.clients().findByClientId(clientId).forEach(c -> realm.clients().get(c.getId()).remove());
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setStandardFlowEnabled(true);
    client.setDirectAccessGrantsEnabled(false);
    client.setRedirectUris(List.of(REDIRECT_URI));
    if (flowId != null) {
      client.setAuthenticationFlowBindingOverrides(Map.of("browser", flowId));
    }
    try (Response created = realm.clients().create(client)) {
      CreatedResponseUtil.getCreatedId(created);
    }
    System.out.println(
        "client "
            + clientId
            + (flowId == null ? " on the realm's browser flow" : " on " + KEYCLOAK_FLOW));
  }

  /**
   * The flow of the Keycloak-only logins: the realm's browser flow copied, with Sigillo's level-2
   * step swapped for Keycloak's {@code auth-otp-form} at the same place, so the two flows differ in
   * that step alone. Without that step in the realm (the provider not installed) it is the step-up
   * flow of RECIPES: cookie, or level 1 password form and level 2 OTP form.
   */
  private static String comparisonFlow(RealmResource realm) {
    AuthenticationManagementResource flows = realm.flows();
    for (AuthenticationFlowRepresentation f : flows.getFlows()) {
      if (KEYCLOAK_FLOW.equals(f.getAlias())) {
        flows.deleteFlow(f.getId());
      }
    }
    String browser = realm.toRepresentation().getBrowserFlow();
    List<AuthenticationExecutionInfoRepresentation> executions = flows.getExecutions(browser);
    int step = -1;
    for (int i = 0; i < executions.size(); i++) {
      String provider = executions.get(i).getProviderId();
      if (provider != null && SIGILLO_STEP.contains(provider)) {
        step = i;
      }
    }
    if (step < 0) {
      System.out.println(
          "the realm's browser flow \""
              + browser
              + "\" has no Sigillo step: using the RECIPES step-up flow");
      return recipeFlow(flows);
    }
    flows.copy(browser, Map.of("newName", KEYCLOAK_FLOW));
    List<AuthenticationExecutionInfoRepresentation> copy = flows.getExecutions(KEYCLOAK_FLOW);
    AuthenticationExecutionInfoRepresentation sigillo = copy.get(step);
    String parent = KEYCLOAK_FLOW;
    int positionInParent = 0;
    for (int i = step - 1; i >= 0; i--) {
      AuthenticationExecutionInfoRepresentation e = copy.get(i);
      if (e.getLevel() == sigillo.getLevel() - 1
          && e.getAuthenticationFlow() != null
          && e.getAuthenticationFlow()) {
        parent = e.getDisplayName();
        break;
      }
      if (e.getLevel() == sigillo.getLevel()) {
        positionInParent++;
      }
    }
    flows.removeExecution(sigillo.getId());
    flows.addExecution(parent, Map.of("provider", "auth-otp-form"));
    AuthenticationExecutionInfoRepresentation otp = null;
    int last = 0;
    for (AuthenticationExecutionInfoRepresentation e : flows.getExecutions(parent)) {
      if ("auth-otp-form".equals(e.getProviderId()) && e.getLevel() == 0) {
        otp = e;
      }
      if (e.getLevel() == 0) {
        last = e.getIndex();
      }
    }
    otp.setRequirement(sigillo.getRequirement());
    flows.updateExecutions(parent, otp);
    for (int i = last; i > positionInParent; i--) {
      flows.raisePriority(otp.getId());
    }
    System.out.println(
        "flow \""
            + KEYCLOAK_FLOW
            + "\": \""
            + browser
            + "\" with "
            + sigillo.getProviderId()
            + " replaced by auth-otp-form in \""
            + parent
            + "\"");
    return flowId(flows, KEYCLOAK_FLOW);
  }

  private static String recipeFlow(AuthenticationManagementResource flows) {
    AuthenticationFlowRepresentation top = new AuthenticationFlowRepresentation();
    top.setAlias(KEYCLOAK_FLOW);
    top.setProviderId("basic-flow");
    top.setTopLevel(true);
    top.setBuiltIn(false);
    top.setDescription("benchmark: password, then Keycloak's own OTP form at level 2");
    try (Response created = flows.createFlow(top)) {
      CreatedResponseUtil.getCreatedId(created);
    }
    flows.addExecution(KEYCLOAK_FLOW, Map.of("provider", "auth-cookie"));
    subflow(flows, KEYCLOAK_FLOW, "bench forms");
    subflow(flows, "bench forms", "bench level 1");
    subflow(flows, "bench forms", "bench level 2");
    level(flows, "bench level 1", 1, 36000, "auth-username-password-form");
    level(flows, "bench level 2", 2, 0, "auth-otp-form");
    for (AuthenticationExecutionInfoRepresentation e : flows.getExecutions(KEYCLOAK_FLOW)) {
      e.setRequirement(
          switch (e.getDisplayName()) {
            case "bench level 1", "bench level 2" -> "CONDITIONAL";
            case "bench forms" -> "ALTERNATIVE";
            default -> e.getLevel() == 0 ? "ALTERNATIVE" : "REQUIRED";
          });
      flows.updateExecutions(KEYCLOAK_FLOW, e);
    }
    return flowId(flows, KEYCLOAK_FLOW);
  }

  private static void subflow(AuthenticationManagementResource flows, String parent, String alias) {
    flows.addExecutionFlow(
        parent,
        Map.of(
            "alias",
            alias,
            "type",
            "basic-flow",
            "provider",
            "registration-page-form",
            "description",
            alias));
  }

  private static void level(
      AuthenticationManagementResource flows, String subflow, int level, int maxAge, String form) {
    flows.addExecution(subflow, Map.of("provider", "conditional-level-of-authentication"));
    flows.addExecution(subflow, Map.of("provider", form));
    for (AuthenticationExecutionInfoRepresentation e : flows.getExecutions(subflow)) {
      if ("conditional-level-of-authentication".equals(e.getProviderId())) {
        AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
        config.setAlias(subflow + " condition");
        config.setConfig(
            Map.of(
                "loa-condition-level",
                String.valueOf(level),
                "loa-max-age",
                String.valueOf(maxAge)));
        try (Response created = flows.newExecutionConfig(e.getId(), config)) {
          CreatedResponseUtil.getCreatedId(created);
        }
      }
    }
  }

  private static String flowId(AuthenticationManagementResource flows, String alias) {
    return flows.getFlows().stream()
        .filter(f -> alias.equals(f.getAlias()))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  // --- Sigillo --------------------------------------------------------------------------------

  private static void sigillo(
      String tenant,
      int users,
      java.util.function.IntFunction<String> username,
      java.util.function.IntFunction<String> key)
      throws SQLException {
    String keyId = System.getProperty("bench.keys.current", DEV_KEY_ID);
    SecretCipher cipher =
        new SecretCipher(
            Keyring.parse(keyId, System.getProperty("bench.keys", DEV_KEYS)), new SecureRandom());
    try (Connection c =
        DriverManager.getConnection(
            System.getProperty("bench.db.url"),
            System.getProperty("bench.db.user", "postgres"),
            "")) {
      c.setAutoCommit(false);
      tenantRow(c, tenant);
      try (PreparedStatement identity =
              c.prepareStatement(
                  "insert into identity (id, tenant_id, username, given_name, surname, email,"
                      + " mobile, status, created_at, email_verified, mobile_verified) values"
                      + " (nextval('identity_seq'), ?, ?, 'Utente', ?, ?, ?, 'ACTIVE', now(), true,"
                      + " true) on conflict do nothing");
          PreparedStatement app =
              c.prepareStatement(
                  "insert into otp_device (id, tenant_id, owner, type, status, algorithm, digits,"
                      + " period_seconds, last_accepted, created_at, activated_at, secret_key_id,"
                      + " secret_data) values (?, ?, ?, 'TOTP', 'ACTIVE', 'SHA1', 6, 30, -1, now(),"
                      + " now(), ?, ?)");
          PreparedStatement next = c.prepareStatement("select nextval('otp_device_seq')")) {
        for (int i = 1; i <= users; i++) {
          identity.setString(1, tenant);
          identity.setString(2, username.apply(i));
          identity.setString(3, String.format("Bench %05d", i));
          identity.setString(4, username.apply(i) + "@bench.example");
          identity.setString(5, String.format("+39333%07d", i));
          identity.addBatch();
          long id;
          try (ResultSet rs = next.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
          }
          app.setLong(1, id);
          app.setString(2, tenant);
          app.setString(3, username.apply(i));
          app.setString(4, keyId);
          app.setBytes(
              5,
              cipher.encrypt(
                  key.apply(i).getBytes(StandardCharsets.US_ASCII),
                  new SecretBinding(TenantId.of(tenant), id)));
          app.addBatch();
        }
        identity.executeBatch();
        app.executeBatch();
      }
      c.commit();
    }
    System.out.println(
        users
            + " SPID identities with an OTP app in tenant "
            + tenant
            + ", "
            + username.apply(1)
            + "…");
  }

  private static void tenantRow(Connection c, String slug) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select 1 from tenant where slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into tenant (id, slug, display_name, primary_color, accent_color,"
                + " support_email, status, created_at) values (nextval('tenant_seq'), ?, ?,"
                + " '#102030', '#405060', ?, 'ACTIVE', now())")) {
      ps.setString(1, slug);
      ps.setString(2, "Benchmark " + slug);
      ps.setString(3, "help@" + slug + ".example");
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into tenant_host (tenant_ref, host) select id, ? from tenant where slug = ?")) {
      ps.setString(1, slug + ".localhost");
      ps.setString(2, slug);
      ps.executeUpdate();
    }
  }
}
