package io.sigillo.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * A provisioned tenant's OTP policy, changed as the tenant's back end changes it: {@code PUT
 * /api/otp/policy} with a token of the tenant's own client's service account (role operator).
 * Provisioning makes the client without a service account; the test gives it one through the admin
 * API, as a reseller's administrator would. Browser walks use it to shorten what they would
 * otherwise wait for (TOTP steps, the delays between wrong codes) without skipping any state.
 */
public final class TenantOtpPolicy {

  private final URL base;
  private final String host;
  private final String token;

  private TenantOtpPolicy(URL base, String host, String token) {
    this.base = base;
    this.host = host;
    this.token = token;
  }

  /** The back end of a tenant made by {@link PlatformOperator#newTenant}, on its host. */
  public static TenantOtpPolicy of(URL base, String slug) {
    try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
      ClientRepresentation portal = keycloak.portalClient(slug);
      ClientResource client = keycloak.realm().clients().get(portal.getId());
      portal.setServiceAccountsEnabled(true);
      client.update(portal);
      keycloak
          .realm()
          .users()
          .get(keycloak.serviceAccountOf(portal.getId()))
          .roles()
          .clientLevel(portal.getId())
          .add(List.of(client.roles().get("operator").toRepresentation()));
      String token = Tokens.clientCredentials(portal.getClientId(), client.getSecret().getValue());
      return new TenantOtpPolicy(base, slug + ".localhost", token);
    }
  }

  /**
   * Sets one value of one purpose ({@code login} or {@code sign}) of the policy in force, e.g.
   * {@code set("sign", "firstDelaySeconds", 0)}; the rest stays as it is.
   */
  public TenantOtpPolicy set(String purpose, String field, int value) {
    TenantApi api = new TenantApi(base, host, token);
    HttpResponse<String> current = api.get("/api/otp/policy");
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    Matcher matcher =
        Pattern.compile("(\"" + purpose + "\":\\{[^}]*\"" + field + "\":)-?\\d+")
            .matcher(current.body());
    assertThat(matcher.find()).as("%s.%s in %s", purpose, field, current.body()).isTrue();
    String changed = matcher.replaceFirst("$1" + value);
    HttpResponse<String> saved = api.put("/api/otp/policy", changed);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return this;
  }
}
