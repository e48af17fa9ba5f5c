package io.sigillo.devtools.relyingparty;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes the demo site under {@link RelyingPartySettings#PATH} only with {@code
 * sigillo.demo.enabled=true}, like the demo data: without it the path does not exist. The path must
 * also be tenantless ({@code sigillo.web.tenantless-paths}, as {@code scripts/run.sh} sets it),
 * because the site answers on the platform's own host name, not on a reseller's.
 */
@WebListener
public class DemoRelyingPartyPublication implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(DemoRelyingPartyPublication.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean enabled =
        ConfigProvider.getConfig()
            .getOptionalValue("sigillo.demo.enabled", Boolean.class)
            .orElse(false);
    if (!enabled) {
      return;
    }
    event
        .getServletContext()
        .addServlet("demo-relying-party", DemoRelyingPartyServlet.class)
        .addMapping("/demo-pa/*");
    LOG.info(() -> "demo relying party published at " + RelyingPartySettings.PATH);
  }
}
