package io.sigillo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.time.PlatformClock;
import io.sigillo.it.support.ActsAsPlatform;
import jakarta.inject.Inject;
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
 * The audit trail and the platform clock, as every module uses them, in the running application.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class PlatformServicesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.actingAsPlatform().addClass(PlatformServicesIT.class);
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
}
