package io.sigillo.it.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.IdentityCredentials;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.it.Deployments;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.Environment;
import io.sigillo.it.support.Smsc;
import io.sigillo.signature.api.ContactKind;
import io.sigillo.signature.infrastructure.messaging.HolderNotices;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Secrets and messages as a careless install or a broken mail server meets them: Payara Micro
 * started with the shipped WAR and no configuration at all (as an operator who forgot the secrets
 * would), a code e-mail the SMTP server never takes, and a security notice of a change that rolls
 * back.
 *
 * <p>This class starts no SMTP server: the configured SMTP port is closed for its whole run, so
 * every e-mail the application tries fails, as it did behind the run command's dead GreenMail.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class SecretsAbuseIT {

  private static final Actor ACTOR = Actor.system("it-abuse");

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private IdentityDirectory directory;
  @Inject private IdentityCredentials credentials;
  @Inject private AuditLog audit;
  @Inject private HolderNotices holderNotices;
  @Inject private UserTransaction transaction;

  /** Every secret the platform reads, by property and environment variable. */
  private static final List<String> SECRETS =
      List.of(
          "sigillo.db.password (SIGILLO_DB_PASSWORD)",
          "sigillo.keycloak.admin.client-secret (SIGILLO_KEYCLOAK_ADMIN_CLIENT_SECRET)",
          "sigillo.otp.secret-keys (SIGILLO_OTP_SECRET_KEYS)",
          "sigillo.signature.contact-key (SIGILLO_SIGNATURE_CONTACT_KEY)",
          "sigillo.identity.code-key (SIGILLO_IDENTITY_CODE_KEY)",
          "sigillo.keystore.pkcs12.password (SIGILLO_KEYSTORE_PKCS12_PASSWORD)");

  /** The public development values, which must never be printed. */
  private static final List<String> PUBLIC_VALUES =
      List.of(
          "sigillo-admin-dev-secret",
          "ZGV2LW9ubHktcHVibGljLWtleS1kby1ub3QtdXNlISE=",
          "ZGV2LW9ubHktc2lnbmF0dXJlLWNvbnRhY3Qta2V5ISE=",
          "ZGV2LW9ubHktaWRlbnRpdHktY29kZS1rZXktcHVibGljIQ==",
          "sigillo-dev-only-public-password");

  /**
   * Generous: Micro boots in 16-27 s on a quiet machine; the refusal came after 223 s at a load
   * average of 24 on 2 cores.
   */
  private static final Duration BOUND = Duration.ofSeconds(600);

  @Test
  @RunAsClient
  void withoutTheDevelopmentSwitchTheApplicationRefusesToStartAndNamesEachSecret()
      throws Exception {
    Path work = Path.of("target", "secrets-refusal").toAbsolutePath();
    Files.createDirectories(work);
    Path log = work.resolve("micro.log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + work,
                "-jar",
                Environment.require("MICRO_JAR"),
                "--deploy",
                System.getProperty("sigillo.it.war"),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nocluster")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // nothing of the tests' configuration (development switch, database, keys) reaches this server
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("SIGILLO_"));
    long started = System.nanoTime();
    Process micro = builder.start();
    try {
      String output = awaitVerdict(micro, log, started);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      System.out.println("secrets refusal: verdict after " + took.toMillis() + " ms");

      assertTrue(output.contains("Sigillo refuses to start"), "no refusal in " + log);
      for (String secret : SECRETS) {
        assertTrue(output.contains(secret), "the refusal does not name " + secret);
      }
      assertTrue(output.contains("SIGILLO_DEV_MODE=true"), "the switch is not named");
      for (String value : PUBLIC_VALUES) {
        assertFalse(output.contains(value), "a secret value is printed in " + log);
      }
      assertFalse(served(port), "the application is served without its secrets");
    } finally {
      stop(micro);
    }
  }

  @Test
  void aCodeEmailTheServerNeverTakesIsACataloguedErrorAndLeavesNothingBehind() throws Exception {
    assertFalse(
        listening(Environment.port("SIGILLO_MAIL_PORT")),
        "this class needs the SMTP port closed: another test left a mail server running");
    TenantId tenant = TenantId.of("alpha-" + UUID.randomUUID().toString().substring(0, 8));
    String username = "mario." + UUID.randomUUID().toString().substring(0, 6);
    directory.register(
        tenant,
        new NewIdentity(
            username,
            "Mario",
            "Rossi",
            username + "@example.it",
            "+393331234567",
            "RSSMRA85T10A562S",
            LocalDate.of(1985, 12, 10)));

    for (int attempt = 1; attempt <= 2; attempt++) {
      SigilloException refused =
          assertThrows(
              SigilloException.class,
              () ->
                  credentials.startRecovery(
                      tenant,
                      username,
                      CodeChannel.EMAIL,
                      Locale.ITALIAN,
                      "Alpha Fiduciaria",
                      ACTOR));
      // the second attempt is not "wait a minute before a new code": no code row was kept
      assertEquals(IdentityError.EMAIL_NOT_SENT, refused.code(), "attempt " + attempt);
    }
    assertTrue(
        audit.recent(tenant, 50).stream()
            .noneMatch(event -> event.toString().contains("identity.recovery.requested")),
        "a recovery that sent nothing is audited as requested");
  }

  @Test
  void aNoticeOfAChangeThatRollsBackIsNeverSentAndACommittedOneOnlyAfterCommit() throws Exception {
    TenantId tenant = TenantId.of("alpha-" + UUID.randomUUID().toString().substring(0, 8));
    try (Smsc smsc = Smsc.fromEnvironment()) {
      transaction.begin();
      holderNotices.changed(tenant, "Annullato", ContactKind.MOBILE, "+393331112223", null);
      transaction.rollback();
      assertTrue(smsc.nothingReceived(), "a rolled-back change was announced");

      transaction.begin();
      holderNotices.changed(tenant, "Confermato", ContactKind.MOBILE, "+393331112224", null);
      assertTrue(smsc.nothingReceived(), "the notice went out while the change held its locks");
      transaction.commit();
      Smsc.Sms sms = smsc.next();
      assertEquals("393331112224", sms.destination());
      assertTrue(sms.text().startsWith("Confermato"), sms.text());
      assertTrue(smsc.nothingReceived(), "more than the committed notice was sent");
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  /**
   * The log once Micro has finished with the deployment: it exited, or it says it is ready (with or
   * without the application), or the time bound passed.
   */
  private static String awaitVerdict(Process micro, Path log, long started)
      throws IOException, InterruptedException {
    long deadline = started + BOUND.toNanos();
    String output = "";
    while (System.nanoTime() < deadline) {
      output = Files.readString(log, StandardCharsets.UTF_8);
      if (!micro.isAlive() || output.contains(" ready in ")) {
        return output;
      }
      Thread.sleep(500);
    }
    return output;
  }

  private static boolean served(int port) throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try {
      HttpResponse<String> ready =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return ready.statusCode() == 200 && ready.body().contains("UP");
    } catch (IOException refused) {
      return false;
    }
  }

  private static void stop(Process micro) throws InterruptedException {
    micro.descendants().forEach(ProcessHandle::destroy);
    micro.destroy();
    if (!micro.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      micro.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
