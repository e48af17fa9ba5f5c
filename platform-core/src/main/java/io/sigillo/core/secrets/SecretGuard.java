package io.sigillo.core.secrets;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs {@link SecretCheck} when the application starts, before the other start-up observers, and
 * fails the deployment when it refuses, so a production server never serves a single request with a
 * public or missing secret.
 */
@ApplicationScoped
public class SecretGuard {

  private static final Logger LOG = Logger.getLogger(SecretGuard.class.getName());

  void atStartup(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object started) {
    Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
    Function<String, Optional<String>> lookup = key -> config.getOptionalValue(key, String.class);
    Optional<String> verdict = SecretCheck.verdict(lookup);
    if (verdict.isEmpty()) {
      return;
    }
    if (SecretCheck.refuses(lookup)) {
      LOG.severe(verdict.get());
      throw new IllegalStateException(verdict.get());
    }
    LOG.warning(verdict.get());
  }
}
