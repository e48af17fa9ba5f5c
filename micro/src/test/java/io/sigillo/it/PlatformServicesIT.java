package io.sigillo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.it.support.ActsAsPlatform;
import io.sigillo.it.support.SmtpSink;
import io.sigillo.reseller.support.api.NewSupportRequest;
import io.sigillo.reseller.support.api.NoticeRecipient;
import io.sigillo.reseller.support.api.SupportDesk;
import io.sigillo.reseller.support.api.SupportSummary;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail, the platform clock and the after-commit notices, as every module uses them, in
 * the running application. The notice of a new support request follows the request's transaction
 * (issue 11, item 12): a request that rolls back is never announced, a committed one only once it
 * has committed, and a mail server that is down loses the notice, never the request.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class PlatformServicesIT {

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private AuditLog audit;
  @Inject private PlatformClock platformClock;
  @Inject private Clock clock;

  @Test
  void auditEventsAreRecordedPerTenantAndReadBackNewestFirst() {
    TenantId alpha = TenantId.of("audit-" + UUID.randomUUID().toString().substring(0, 8));
    TenantId beta = TenantId.of("audit-" + UUID.randomUUID().toString().substring(0, 8));
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    audit.record(
        new AuditEvent(
            Optional.of(alpha),
            "operatore.alpha",
            "device.unlocked",
            "dev-1",
            "reason: lost phone found",
            "c0ffee000001",
            now));
    audit.record(
        new AuditEvent(
            Optional.of(alpha),
            "mario.rossi",
            "otp.reconfigured",
            "dev-2",
            "",
            "c0ffee000002",
            now.plusSeconds(60)));
    audit.record(
        new AuditEvent(
            Optional.of(beta), "luca.verdi", "otp.reconfigured", "dev-9", "", "c0ffee000003", now));

    List<AuditEvent> events = audit.recent(alpha, 10);
    assertEquals(
        List.of("otp.reconfigured", "device.unlocked"),
        events.stream().map(AuditEvent::action).toList());
    assertEquals("c0ffee000002", events.get(0).correlationId());
    assertEquals(now.plusSeconds(60), events.get(0).at());
    assertEquals(1, audit.recent(beta, 10).size(), "events of another tenant are not listed");
  }

  @Test
  void theInjectedClockFollowsTimeTravelSoExpiryCanBeTestedWithoutWaiting() {
    Instant before = clock.instant();
    platformClock.travel(Duration.ofMinutes(6));
    try {
      Duration moved = Duration.between(before, clock.instant());
      assertTrue(
          moved.compareTo(Duration.ofMinutes(6)) >= 0 && moved.compareTo(Duration.ofMinutes(7)) < 0,
          "moved " + moved);
    } finally {
      platformClock.reset();
    }
    assertTrue(Duration.between(before, clock.instant()).compareTo(Duration.ofMinutes(1)) < 0);
  }

  private static final String LINK = "https://alpha.example/support/request.xhtml?id=";

  @Inject private SupportDesk desk;
  @Inject private UserTransaction transaction;

  @Test
  void aRequestThatRollsBackIsNeverAnnouncedAndACommittedOneOnlyAfterCommit() throws Exception {
    TenantId tenant = TenantId.of("alpha-" + UUID.randomUUID().toString().substring(0, 8));
    String address = "help@" + tenant.value() + ".example";
    NoticeRecipient to = new NoticeRecipient("Alpha", address, LINK);
    try (SmtpSink smtp = SmtpSink.onConfiguredPort()) {
      transaction.begin();
      desk.open(tenant, request("Una richiesta annullata."), to, person("mario"));
      transaction.rollback();
      assertTrue(smtp.nothingReceived(), "a request that rolled back was announced");
      assertTrue(desk.mine(tenant, person("mario")).isEmpty(), "the rollback kept the request");

      transaction.begin();
      SupportSummary opened =
          desk.open(tenant, request("Una richiesta vera."), to, person("mario"));
      assertTrue(smtp.nothingReceived(), "announced while the request's transaction was open");
      transaction.commit();

      SmtpSink.Mail mail = smtp.next();
      assertEquals(List.of(address), mail.recipients());
      assertEquals("[Alpha] Richiesta di assistenza n. " + opened.id(), mail.subject());
      assertTrue(mail.body().contains("Una richiesta vera."), mail.body());
      assertTrue(mail.body().contains(LINK + opened.id()), mail.body());
      assertTrue(smtp.nothingReceived(), "more than the committed request was announced");
    }
  }

  @Test
  void aMailServerThatIsDownLosesTheNoticeNotTheRequest() {
    TenantId tenant = TenantId.of("alpha-" + UUID.randomUUID().toString().substring(0, 8));
    NoticeRecipient to = new NoticeRecipient("Alpha", "help@" + tenant.value() + ".example", LINK);

    SupportSummary opened = desk.open(tenant, request("Nessuno ascolta."), to, person("lucia"));

    assertEquals(
        List.of(opened.id()),
        desk.mine(tenant, person("lucia")).stream().map(SupportSummary::id).toList());
  }

  private static NewSupportRequest request(String description) {
    return new NewSupportRequest(
        null, null, "Linux", "Firefox", description + " Non funziona nulla.", null);
  }

  private static Actor person(String name) {
    return Actor.person(name, "", Assurance.LEVEL_1);
  }
}
