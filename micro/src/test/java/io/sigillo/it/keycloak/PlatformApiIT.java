package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TestTenants;
import io.sigillo.it.support.Tokens;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * The platform API as a back-end uses it: client-credentials bearer tokens of the platform realm,
 * {@code platform-admin} required, tenants created and provisioned into Keycloak, repeatable; a
 * tenant back end's client secret handed out and rotated, to the platform only, never audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  private static String slug() {
    return "api-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aPlatformAdminCreatesAndListsTenantsAndASecondCreationOfTheSameSlugIsAConflict() {
    try (PlatformOperator platform = new PlatformOperator(base, true)) {
      String slug = slug();
      HttpResponse<String> created =
          platform.post(
              "/api/platform/tenants",
              "{\"slug\":\""
                  + slug
                  + "\",\"displayName\":\"Api Srl\",\"hosts\":[\""
                  + slug
                  + ".localhost\"],\"branding\":{\"primaryColor\":\"#102030\","
                  + "\"accentColor\":\"#405060\"}}");
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/" + slug);
      assertThat(created.body()).contains("\"slug\":\"" + slug + "\"", "\"status\":\"ACTIVE\"");

      HttpResponse<String> duplicate =
          platform.post(
              "/api/platform/tenants",
              "{\"slug\":\""
                  + slug
                  + "\",\"displayName\":\"Api Srl\",\"hosts\":[\"x-"
                  + slug
                  + ".localhost\"]}");
      assertThat(duplicate.statusCode()).isEqualTo(409);
      assertThat(duplicate.body()).contains("\"code\":\"SIG-011\"");

      HttpResponse<String> invalid =
          platform.post(
              "/api/platform/tenants",
              "{\"slug\":\"" + slug() + "\",\"displayName\":\"X\",\"hosts\":[\"bad host\"]}");
      assertThat(invalid.statusCode()).isEqualTo(400);
      assertThat(invalid.body()).contains("\"code\":\"SIG-006\"");

      HttpResponse<String> list =
          platform.get("/api/platform/tenants", "Bearer " + platform.token());
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains("\"slug\":\"" + slug + "\"");
    }
  }

  @Test
  void thePlatformReadsAndRotatesABackEndsSecretWhichNoOneElseSeesAndNoAuditKeeps() {
    try (PlatformOperator platform = new PlatformOperator(base, true);
        PlatformOperator stranger = new PlatformOperator(base, false)) {
      String slug = platform.newTenant("sec", "Segreti Srl");
      String path = "/api/platform/tenants/" + slug + "/backend-client";

      HttpResponse<String> read = platform.get(path, "Bearer " + platform.token());
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(read.body())
          .contains(
              "\"clientId\":\"backend-" + slug + "\"",
              "/realms/sigillo/protocol/openid-connect/token\"",
              "\"audience\":\"sigillo-api\"");
      String first = TenantApi.group("\"clientSecret\":\"([^\"]+)\"", read.body());
      assertThat(Tokens.clientCredentials("backend-" + slug, first)).isNotBlank();

      HttpResponse<String> rotated =
          platform.send("POST", path + "/secret", "application/json", new byte[0]);
      assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
      assertThat(rotated.headers().firstValue("Cache-Control")).hasValue("no-store");
      String second = TenantApi.group("\"clientSecret\":\"([^\"]+)\"", rotated.body());
      assertThat(second).isNotEqualTo(first);
      assertThatThrownBy(() -> Tokens.clientCredentials("backend-" + slug, first))
          .hasMessageContaining("401");
      assertThat(Tokens.clientCredentials("backend-" + slug, second)).isNotBlank();
      assertThat(platform.backEndClient(slug).secret()).isEqualTo(second);

      HttpResponse<String> refused = stranger.get(path, "Bearer " + stranger.token());
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("\"code\":\"SIG-007\"").doesNotContain(second);
      HttpResponse<String> unknown =
          platform.get(
              "/api/platform/tenants/" + slug() + "/backend-client", "Bearer " + platform.token());
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.body()).contains("\"code\":\"SIG-001\"");
      // a tenant of the database never provisioned since back-end clients exist
      TestTenants.Tenant old = TestTenants.active("sec-old", "Vecchio Srl", "#102030", "#405060");
      HttpResponse<String> notYet =
          platform.get(
              "/api/platform/tenants/" + old.slug() + "/backend-client",
              "Bearer " + platform.token());
      assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(409);
      assertThat(notYet.body()).contains("\"code\":\"TEN-006\"", "/provision");

      List<String> audited = Database.auditDetails(slug, "tenant.backend-secret-%");
      assertThat(audited).hasSize(3);
      assertThat(String.join(" ", audited)).doesNotContain(first, second);
      assertThat(Database.auditActors(slug, "tenant.backend-secret-rotated")).hasSize(1);
    }
  }

  @Test
  void withoutATokenOrWithoutThePlatformRoleTheApiRefuses() {
    try (PlatformOperator stranger = new PlatformOperator(base, false)) {
      HttpResponse<String> anonymous = stranger.get("/api/platform/tenants", null);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.body()).contains("\"correlationId\":\"");

      HttpResponse<String> forged = stranger.get("/api/platform/tenants", "Bearer not.a.token");
      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(forged.body()).contains("\"code\":\"SIG-009\"");

      HttpResponse<String> noRole =
          stranger.get("/api/platform/tenants", "Bearer " + stranger.token());
      assertThat(noRole.statusCode()).isEqualTo(403);
      assertThat(noRole.body()).contains("\"code\":\"SIG-007\"");
    }
  }
}
