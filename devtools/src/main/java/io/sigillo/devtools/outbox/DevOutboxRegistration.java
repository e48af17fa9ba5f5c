package io.sigillo.devtools.outbox;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes {@code /dev/outbox} only with {@code sigillo.dev.outbox=true}. The servlet is
 * registered here rather than annotated, so without the setting the path does not exist at all and
 * answers 404 like any unknown page.
 */
@WebListener
public class DevOutboxRegistration implements ServletContextListener {

  public static final String PATH = "/dev/outbox";

  private static final Logger LOG = Logger.getLogger(DevOutboxRegistration.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean enabled =
        ConfigProvider.getConfig()
            .getOptionalValue("sigillo.dev.outbox", Boolean.class)
            .orElse(false);
    if (!enabled) {
      return;
    }
    event.getServletContext().addServlet("dev-outbox", OutboxServlet.class).addMapping(PATH);
    LOG.warning(
        () ->
            "developer outbox published at "
                + event.getServletContext().getContextPath()
                + PATH
                + ": it shows every SMS and e-mail in full; never enable it in production");
  }
}
