package io.sigillo.it;

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
}
