package io.sigillo.it.holder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.it.Deployments;
import io.sigillo.it.otp.SecondNode;
import io.sigillo.it.support.Account;
import io.sigillo.it.support.Database;
import io.sigillo.it.support.HttpBrowser;
import io.sigillo.it.support.Mailbox;
import io.sigillo.it.support.PlatformOperator;
import io.sigillo.it.support.Smsc;
import io.sigillo.it.support.TenantApi;
import io.sigillo.it.support.TenantClient;
import io.sigillo.it.support.TestTenants;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificate expiry reminders as a holder receives them, with two application nodes on one
 * database: the Arquillian-managed Payara Micro and a {@link SecondNode}. The platform clock of
 * both is moved to just past each of the tenant's reminder days, and the housekeeping is started on
 * both nodes at the same moment, twice, through the platform API (the timer is off in the tests):
 * the holder gets exactly one e-mail and one SMS per threshold, with the link to the renewal page.
 * A holder who never used the portal gets the e-mail in Italian and English and the SMS in Italian;
 * one who switched the portal to English gets both in English only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiryRemindersIT {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String ITALIAN_SUBJECT = "firma remota scade il";
  private static final String ENGLISH_SUBJECT = "remote signature expires on";

  private static SecondNode second;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sigillo();
  }

  @ArquillianResource private URL base;

  @BeforeAll
  static void startSecondNode() {
    second = SecondNode.start(Path.of(System.getProperty("sigillo.it.war")));
  }

  @AfterAll
  static void stopSecondNode() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void eachReminderDayIsAnnouncedOnceByEmailAndSmsWhileBothNodesRunTheHousekeeping()
      throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("remind", "Promemoria Fiduciaria", "#102030", "#405060");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox()) {
      PlatformOperator platform = people.platform();
      // the tenant's own days, set by the platform operator (the default is 60, 30 and 7)
      HttpResponse<String> policy = platform.reminderDays(tenant.slug(), 10, 45);
      assertThat(policy.body())
          .contains("\"daysBeforeExpiry\":[45,10]", "\"platformDefaults\":false");

      String username = people.person("scadenza");
      HolderSteps.Person anna = HolderSteps.verifiedPerson(tenant.slug(), username);
      TenantApi holder = new TenantApi(base, tenant.host(), people.token(username));
      HolderSteps.activeWithToken(
          holder, new TenantApi(base, tenant.host(), people.serviceToken()), anna);
      HttpResponse<String> certificates = holder.get("/api/signature/certificates");
      assertThat(certificates.statusCode()).as(certificates.body()).isEqualTo(200);
      Instant notAfter =
          Instant.parse(TenantApi.group("\"notAfter\":\"([^\"]+)\"", certificates.body()));
      String expiry = DAY.format(notAfter.atZone(ZoneId.of("Europe/Rome")));
      long runsBefore = platformRuns();
      // what the order and the device binding sent is not a reminder
      smsTo(smsc, anna.mobile());

      Nodes nodes = new Nodes(platform);
      try {
        int reminded = 0;
        for (int days : List.of(45, 10)) {
          Instant justPast = notAfter.minus(Duration.ofDays(days)).plus(Duration.ofHours(1));
          nodes.clockAt(justPast);
          List<Boolean> ran = new ArrayList<>(nodes.runOnBoth());
          ran.addAll(nodes.runOnBoth());
          assertThat(ran).as("runs at %d days", days).contains(true);
          // the CRL published at issuance was past half its life at the moved time: republished
          assertThat(
                  Database.count(
                      "select count(*) from sign_ca where tenant_id = ?"
                          + " and crl_this_update > cast(? as timestamp with time zone)",
                      tenant.slug(),
                      justPast.minus(Duration.ofMinutes(5)).toString()))
              .as("CRL republished by the run at %d days", days)
              .isEqualTo(1);
          reminded++;

          List<Smsc.Sms> sms = smsTo(smsc, anna.mobile());
          assertThat(sms).as("SMS at %d days", days).hasSize(1);
          assertThat(sms.get(0).text())
              .startsWith("Promemoria Fiduciaria: la tua firma remota scade il " + expiry)
              .contains("(tra " + days + " giorni)")
              .contains(tenant.host() + "/signature/renewal.xhtml");

          List<Mailbox.Mail> mails = reminders(mailbox, anna.email(), ITALIAN_SUBJECT, reminded);
          assertThat(mails).as("e-mails after %d days", days).hasSize(reminded);
          Mailbox.Mail mail = mails.get(reminded - 1);
          assertThat(mail.subject())
              .isEqualTo("Promemoria Fiduciaria: la tua firma remota scade il " + expiry);
          assertThat(mail.body())
              .contains("tra " + days + " giorni", "in " + days + " days")
              .contains(tenant.host() + "/signature/renewal.xhtml");
        }
        // later runs find nothing left to say
        nodes.runOnBoth();
        assertThat(smsTo(smsc, anna.mobile())).isEmpty();
        assertThat(reminders(mailbox, anna.email(), ITALIAN_SUBJECT, 2)).hasSize(2);
      } finally {
        nodes.clockAt(null);
      }

      assertThat(
              Database.auditDetails(tenant.slug(), "certificate.expiry.reminded").stream()
                  .map(detail -> detail.substring(0, detail.indexOf(' '))))
          .containsExactly("45", "10");
      assertThat(platformRuns() - runsBefore).as("runs audited with their counts").isPositive();
    }
  }

  @Test
  void aHolderWhoSwitchedThePortalToEnglishIsRemindedInEnglishOnly() throws Exception {
    TestTenants.Tenant tenant =
        TestTenants.active("remind-en", "Reminder Trust", "#203040", "#506070");
    try (TenantClient people = new TenantClient(base, tenant.slug());
        Smsc smsc = Smsc.fromEnvironment();
        Mailbox mailbox = new Mailbox()) {
      PlatformOperator platform = people.platform();
      platform.reminderDays(tenant.slug(), 20);

      String username = people.person("english");
      HolderSteps.Person john = HolderSteps.verifiedPerson(tenant.slug(), username);
      TenantApi holder = new TenantApi(base, tenant.host(), people.token(username));
      HolderSteps.activeWithToken(
          holder, new TenantApi(base, tenant.host(), people.serviceToken()), john);
      HttpResponse<String> certificates = holder.get("/api/signature/certificates");
      assertThat(certificates.statusCode()).as(certificates.body()).isEqualTo(200);
      Instant notAfter =
          Instant.parse(TenantApi.group("\"notAfter\":\"([^\"]+)\"", certificates.body()));
      String expiry = DAY.format(notAfter.atZone(ZoneId.of("Europe/Rome")));

      // John signs in to the portal and switches it to English with the language switch
      HttpBrowser browser = new HttpBrowser(base, tenant.host());
      HttpBrowser.Page home = browser.signIn(browser.open("/account/"), username, Account.PASSWORD);
      assertThat(home.path()).as(home.body()).endsWith("/account/");
      HttpBrowser.Page english = browser.open("/lang?to=en&back=/account/");
      assertThat(english.path()).endsWith("/account/");
      assertThat(english.body()).containsPattern("<html[^>]*lang=\"en\"");
      smsTo(smsc, john.mobile());

      Nodes nodes = new Nodes(platform);
      try {
        nodes.clockAt(notAfter.minus(Duration.ofDays(20)).plus(Duration.ofHours(1)));
        assertThat(nodes.runOnBoth()).contains(true);

        List<Smsc.Sms> sms = smsTo(smsc, john.mobile());
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).text())
            .startsWith("Reminder Trust: your remote signature expires on " + expiry)
            .contains("(in 20 days)")
            .contains(tenant.host() + "/signature/renewal.xhtml")
            .doesNotContain("scade", "giorni");

        List<Mailbox.Mail> mails = reminders(mailbox, john.email(), ENGLISH_SUBJECT, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject())
            .isEqualTo("Reminder Trust: your remote signature expires on " + expiry);
        assertThat(mails.get(0).body())
            .contains("in 20 days", tenant.host() + "/signature/renewal.xhtml")
            .doesNotContain("giorni", "firma remota");
        assertThat(reminders(mailbox, john.email(), ITALIAN_SUBJECT, 0)).isEmpty();
      } finally {
        nodes.clockAt(null);
      }
    }
  }

  /** The SMS that reached the SMSC for this number since the last call (others are dropped). */
  private static List<Smsc.Sms> smsTo(Smsc smsc, String mobile) throws InterruptedException {
    String number = mobile.replace("+", "");
    List<Smsc.Sms> mine = new ArrayList<>();
    // the runs answered after their messages were handed over: what is there has arrived
    Thread.sleep(1_000);
    while (!smsc.nothingReceived()) {
      Smsc.Sms sms = smsc.next();
      if (sms.destination().replace("+", "").equals(number)) {
        mine.add(sms);
      }
    }
    return mine;
  }

  /**
   * The reminder e-mails received for the address whose subject contains {@code subject} (at least
   * {@code atLeast}), oldest first.
   */
  private static List<Mailbox.Mail> reminders(
      Mailbox mailbox, String email, String subject, int atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      List<Mailbox.Mail> found =
          mailbox.to(email, 0).stream().filter(mail -> mail.subject().contains(subject)).toList();
      if (found.size() >= atLeast || System.nanoTime() > deadline) {
        return found;
      }
      Thread.sleep(500);
    }
  }

  private static long platformRuns() {
    return Database.count(
        "select count(*) from audit_event where tenant_id is null and action = ?"
            + " and detail like ?",
        "housekeeping.run",
        "%reminders%");
  }

  /** The platform API of both nodes: node 0 is Arquillian's, node 1 the second one. */
  private final class Nodes {

    private final PlatformOperator platform;

    Nodes(PlatformOperator platform) {
      this.platform = platform;
    }

    private HttpRequest.Builder request(int node, String path) {
      int port = node == 0 ? base.getPort() : second.port();
      return HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + base.getPath().replaceAll("/$", "") + path))
          .timeout(Duration.ofSeconds(300))
          .header("Accept", "application/json")
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + platform.token());
    }

    /** Puts both nodes' platform clocks at {@code at} (null: back to real time). */
    void clockAt(Instant at) {
      long offset = at == null ? 0 : Duration.between(Instant.now(), at).getSeconds();
      for (int node = 0; node < 2; node++) {
        HttpResponse<String> set =
            PlatformOperator.send(
                request(node, "/api/platform/clock")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"offsetSeconds\":" + offset + "}"))
                    .build());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
      }
    }

    /** Starts the housekeeping on both nodes at the same moment; whether each one ran it. */
    List<Boolean> runOnBoth() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
          HttpRequest run =
              request(node, "/api/platform/housekeeping/runs")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build();
          answers.add(
              pool.submit(
                  () -> {
                    go.await();
                    return PlatformOperator.send(run);
                  }));
        }
        go.countDown();
        List<Boolean> ran = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get();
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
          ran.add(response.body().contains("\"ran\":true"));
        }
        return ran;
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
