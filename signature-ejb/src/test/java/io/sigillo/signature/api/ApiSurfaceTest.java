package io.sigillo.signature.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Local;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The api's business interfaces are what the portal may call, so none of them may make a signature
 * or a certificate on the caller's word: authorising, issuing and status changes live in {@code
 * application.certificate}, reached only by the flows that check password and OTP first.
 */
class ApiSurfaceTest {

  private static final List<String> TRUSTING_OPERATIONS =
      List.of("authorise", "issue", "revoke", "suspend", "reactivate");

  /**
   * Status changes that check their proof in the EJB itself: the operator at level 2 ({@code
   * Actor.requireActingOperator}), the holder's password and OTP, or the emergency code. Each is
   * proven by the ITs.
   */
  private static final List<String> PROVEN_STATUS_CHANGES =
      List.of(
          "CertificateCare.suspend",
          "CertificateCare.reactivate",
          "CertificateCare.revoke",
          "CertificateCare.suspendMine",
          "CertificateCare.reactivateMine",
          "EmergencySuspension.suspend",
          "EmergencySuspension.suspendForHolder");

  @Test
  void noApiMethodAuthorisesASignatureOrChangesACertificateWithoutTheFlow() throws Exception {
    List<Method> methods =
        apiViews()
            .flatMap(view -> Arrays.stream(view.getMethods()))
            .filter(
                m ->
                    !PROVEN_STATUS_CHANGES.contains(
                        m.getDeclaringClass().getSimpleName() + "." + m.getName()))
            .toList();

    assertThat(methods)
        .as("api methods that would trust their caller")
        .noneMatch(m -> TRUSTING_OPERATIONS.stream().anyMatch(m.getName()::startsWith));
  }

  @Test
  void everyApiMethodThatSignsTakesThePasswordAndAnOtp() throws Exception {
    List<Method> signing =
        apiViews()
            .flatMap(view -> Arrays.stream(view.getMethods()))
            .filter(m -> m.getName().startsWith("sign") || m.getName().startsWith("renew"))
            .filter(m -> !m.getName().equals("signedForm"))
            .toList();

    assertThat(signing).extracting(Method::getName).contains("signPdf", "renew");
    assertThat(signing)
        .allSatisfy(
            m ->
                assertThat(m.getParameterTypes())
                    .as(m.toString())
                    .contains(char[].class, String.class));
  }

  /** The {@code @Local} interfaces compiled into this package (the EJB views the WAR can get). */
  private static Stream<Class<?>> apiViews() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            CertificateAuthority.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(ApiSurfaceTest.class.getPackageName().replace('.', '/'));
    List<Class<?>> views;
    try (Stream<Path> files = Files.list(dir)) {
      views =
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
              .filter(c -> c.isInterface() && c.isAnnotationPresent(Local.class))
              .toList();
    }
    assertThat(views)
        .contains(
            CertificateAuthority.class,
            DocumentValidation.class,
            CertificateCare.class,
            EmergencySuspension.class);
    return views.stream();
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(ApiSurfaceTest.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
