package io.sigillo.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provisioned tenant's OTP policy, changed as the tenant's back end changes it: {@code PUT
 * /api/otp/policy} with a token of its provisioned back-end client ({@code backend-<slug>}, role
 * operator), whose secret the platform operator reads through the admin API. Browser walks use it
 * to shorten what they would otherwise wait for (TOTP steps, the delays between wrong codes)
 * without skipping any state.
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
      return new TenantOtpPolicy(base, slug + ".localhost", keycloak.backEndToken(slug));
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
