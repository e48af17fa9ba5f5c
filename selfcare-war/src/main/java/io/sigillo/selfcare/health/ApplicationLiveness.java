package io.sigillo.selfcare.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory headroom; a process that keeps failing allocations should be
 * restarted rather than left serving errors.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    long max = runtime.maxMemory();
    return HealthCheckResponse.named("sigillo")
        .status(used < max * 0.95)
        .withData("heapUsedMiB", used / (1024 * 1024))
        .withData("heapMaxMiB", max / (1024 * 1024))
        .build();
  }
}
