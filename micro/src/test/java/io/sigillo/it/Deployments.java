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

  /** The in-container test classes and the helpers they use, by name. */
  private static final java.util.List<String> IN_CONTAINER =
      java.util.List.of(
          "io.sigillo.it.PlatformServicesIT",
          "io.sigillo.it.TenantIsolationIT",
          "io.sigillo.it.abuse.InputBoundsAbuseIT",
          "io.sigillo.it.abuse.SecretsAbuseIT",
          "io.sigillo.it.holder.HolderFlowsIT",
          "io.sigillo.it.identity.IdentityFlowsIT",
          "io.sigillo.it.otp.OtpRegistryIT",
          "io.sigillo.it.otp.TokenInventoryIT",
          "io.sigillo.it.signature.CertificateAuthorityIT",
          "io.sigillo.it.signature.DocumentSigningIT",
          "io.sigillo.it.sms.SmsCodesIT",
          "io.sigillo.it.sms.SmsDeviceIT",
          "io.sigillo.it.support.SmtpSink",
          "io.sigillo.it.support.OtpApp",
          "io.sigillo.it.support.Smsc",
          "io.sigillo.it.support.WithSmsc",
          "io.sigillo.it.support.Environment",
          "io.sigillo.it.otp.PskcFiles",
          "io.sigillo.it.signature.SigningTools",
          "io.sigillo.it.support.Pdfs");

  /**
   * The one WAR of every in-container test class: the application acting as the platform, every
   * such class and the helpers they use, and AssertJ (not in the application). Arquillian adds the
   * running test class to its archive; since every class is already in it, all in-container classes
   * deploy the same archive and {@link io.sigillo.it.harness.SharedMicroContainer} boots one Micro
   * for them all. A new in-container class, or a new helper one of them needs, goes here.
   */
  public static WebArchive inContainer() {
    WebArchive archive = actingAsPlatform();
    for (String type : IN_CONTAINER) {
      // by name: most test classes are package-private; addClass takes their inner classes too
      archive.addClass(type);
    }
    return archive
        .addPackage(io.sigillo.it.support.HttpBrowser.class.getPackage())
        .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
