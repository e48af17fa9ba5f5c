package io.sigillo.it.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.PlatformCaller;
import io.sigillo.it.support.TestTenants;
import io.sigillo.otp.api.OtpKeyRotation;
import io.sigillo.tenancy.application.TenantRegistry;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EJB container, not only the code behind the pages, refuses a caller without the role a
 * business method names ({@code @RolesAllowed}): a call with no principal at all (what a forgotten
 * web constraint or a start-up job without {@code @RunAs} would make) ends in {@link
 * EJBAccessException}, over HTTP as the catalogued 403 SIG-100 rather than a 500; and the
 * platform's own work gets the {@code system} role through {@code @RunAs} the way the demo seeder
 * does, at start-up as well as in a call. What anonymous visitors legitimately reach
 * ({@code @PermitAll}) stays open without a principal.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerRolesAbuseIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.sigillo()
        .addClasses(
            ContainerRolesAbuseIT.class,
            PlatformCaller.class,
            PlatformCaller.Step.class,
            RolesProbeServlet.class,
            StartupProbe.class);
  }

  @Inject private OtpKeyRotation rotation;
  @Inject private TenantRegistry tenants;
  @Inject private PlatformCaller platform;
  @Inject private StartupProbe startup;

  @ArquillianResource private URL base;

  @Test
  void aCallerWithoutPrincipalIsRefusedAPlatformOperation() {
    assertThrows(EJBAccessException.class, rotation::currentKeyId);
    assertThrows(EJBAccessException.class, rotation::tenantsToRotate);
  }

  @Test
  void whatAnonymousVisitorsReachStaysOpenWithoutPrincipal() {
    // the tenant of every request is looked up before anyone is authenticated
    assertTrue(tenants.findByHost("nobody.localhost").isEmpty());
    assertThrows(EJBAccessException.class, tenants::list);
  }

  @Test
  void thePlatformRunningAsSystemIsAllowedTheSameOperation() {
    AtomicReference<String> keyId = new AtomicReference<>();
    Throwable failure = platform.run(() -> keyId.set(rotation.currentKeyId()));
    assertNull(failure, () -> "refused: " + failure);
    assertFalse(keyId.get().isBlank());
  }

  @Test
  void aStartupBeanRunningAsSystemIsAllowedInItsPostConstruct() {
    assertNull(startup.failure(), () -> "refused at start-up: " + startup.failure());
    assertFalse(startup.keyId().isBlank());
  }

  @Test
  @RunAsClient
  void overHttpTheRefusalIsTheCataloguedForbiddenNotAServerError() {
    TestTenants.Tenant tenant = TestTenants.active("roles", "Roles", "#123456", "#654321");
    HttpResponse<String> json =
        Http.get(base, RolesProbeServlet.PATH, tenant.host(), "Accept", "application/json");
    assertEquals(403, json.statusCode(), json::body);
    assertTrue(json.body().contains("\"SIG-100\""), json::body);
    assertFalse(json.body().contains("Exception"), json::body);
  }
}
