package io.sigillo.it.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sigillo.it.Deployments;
import io.sigillo.it.support.Http;
import io.sigillo.it.support.TestTenants;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The developer outbox does not exist in a production-like configuration (the tests set neither
 * {@code sigillo.dev.outbox} nor the outbox SMS gateway): the path answers 404 on a tenant's portal
 * like any unknown page, and nothing of the page is served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevOutboxIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @Test
  void theOutboxPageIsAbsentWithoutTheDeveloperSetting() {
    TestTenants.Tenant tenant =
        TestTenants.active("outbox", "Portale Outbox", "#0b3d91", "#f2a900");

    HttpResponse<String> page = Http.get(base, "/dev/outbox", tenant.host());
    HttpResponse<String> control = Http.get(base, "/", tenant.host());

    assertEquals(200, control.statusCode(), "the tenant's portal itself is served");
    assertEquals(404, page.statusCode());
    assertFalse(page.body().contains("id=\"outbox\""));
    assertFalse(page.body().contains("Posta in uscita"));
  }
}
