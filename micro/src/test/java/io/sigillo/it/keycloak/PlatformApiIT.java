package io.sigillo.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.PlatformOperator;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * {@code platform-admin} required, tenants created and provisioned into Keycloak, repeatable.
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
