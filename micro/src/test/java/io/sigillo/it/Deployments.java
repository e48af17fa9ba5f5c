package io.sigillo.it;

import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.PlatformCaller;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test: the micro WAR exactly as the build produced it. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive sigillo() {
    String path = System.getProperty("sigillo.it.war");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "sigillo.it.war must point to the built micro WAR, got " + path);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }

  /**
   * The WAR for tests that call the business beans in the container as the platform does ({@code
   * system}): with {@link ActsAsPlatform} on the test class. Only in-container deployments get it,
   * the extension needs the JUnit that Arquillian adds to them.
   */
  public static WebArchive actingAsPlatform() {
    return sigillo()
        .addClasses(PlatformCaller.class, PlatformCaller.Step.class, ActsAsPlatform.class);
  }
}
