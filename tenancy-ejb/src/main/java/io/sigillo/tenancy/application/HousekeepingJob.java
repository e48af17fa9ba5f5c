package io.sigillo.tenancy.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.schedule.ExpiredRecords;
import io.sigillo.core.schedule.JobLease;
import io.sigillo.core.security.Roles;
import io.sigillo.signature.api.CertificateHousekeeping;
import io.sigillo.signature.api.ReminderPortal;
import io.sigillo.signature.api.ReminderRun;
import io.sigillo.tenancy.api.Housekeeping;
import io.sigillo.tenancy.api.HousekeepingReport;
import io.sigillo.tenancy.api.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link Housekeeping} every {@code sigillo.housekeeping.interval-minutes} (0: never on a
 * timer) on every node; the {@link JobLease} makes one node run it at a time, and the work itself
 * is safe to repeat (each reminder is recorded once, a CRL is republished only when due, purges
 * delete what is expired), so a second run after the first never sends anything twice. No
 * transaction of its own: every tenant's part commits on its own, so one tenant's failure does not
 * undo the others', and the lease is visible to the other nodes at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
// the timer has no caller: the beans it calls see the system role
@RunAs(Roles.SYSTEM)
public class HousekeepingJob implements Housekeeping {

  static final String JOB = "housekeeping";
  static final String RENEWAL_PAGE = "/signature/renewal.xhtml";
  private static final Logger LOG = Logger.getLogger(HousekeepingJob.class.getName());

  @Resource private TimerService timers;
  @Inject private JobLease lease;
  @Inject private TenantRegistry tenants;
  @Inject private CertificateHousekeeping certificates;
  @Inject private Instance<ExpiredRecords> expiring;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sigillo.housekeeping.interval-minutes", defaultValue = "15")
  int intervalMinutes;

  @Inject
  @ConfigProperty(name = "sigillo.housekeeping.lease-minutes", defaultValue = "30")
  int leaseMinutes;

  @Inject
  @ConfigProperty(name = "sigillo.housekeeping.purge-after-days", defaultValue = "7")
  int purgeAfterDays;

  /** The portal's address; {@code {host}} is the tenant's first host name. */
  @Inject
  @ConfigProperty(name = "sigillo.portal.base-url", defaultValue = "https://{host}")
  String portalBaseUrl;

  @PostConstruct
  void schedule() {
    if (intervalMinutes > 0) {
      long interval = Duration.ofMinutes(intervalMinutes).toMillis();
      timers.createIntervalTimer(interval, interval, new TimerConfig(JOB, false));
    }
  }

  @Timeout
  void onTimer() {
    runNow(Actor.system(JOB));
  }

  @Override
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  public HousekeepingReport runNow(Actor actor) {
    Optional<JobLease.Lease> held = lease.acquire(JOB, Duration.ofMinutes(leaseMinutes));
    if (held.isEmpty()) {
      LOG.fine("housekeeping: another node holds the lease");
      return HousekeepingReport.notRun(clock.instant());
    }
    try {
      HousekeepingReport report = run();
      audit.record(
          new AuditEvent(
              Optional.empty(),
              actor.name(),
              "housekeeping.run",
              JOB,
              report.summary(),
              actor.correlationId(),
              clock.instant()));
      LOG.info(() -> "housekeeping: " + report.summary());
      return report;
    } finally {
      lease.release(held.get());
    }
  }

  private HousekeepingReport run() {
    Instant now = clock.instant();
    int failures = 0;
    int active = 0;
    int republished = 0;
    ReminderRun reminders = ReminderRun.NONE;
    for (TenantView tenant : tenants.list()) {
      if (!tenant.active()) {
        continue;
      }
      active++;
      try {
        reminders = reminders.plus(certificates.remindExpiring(tenant.id(), portal(tenant)));
        republished += certificates.republishCrlIfDue(tenant.id()) ? 1 : 0;
      } catch (RuntimeException e) {
        failures++;
        LOG.log(Level.WARNING, "housekeeping of tenant " + tenant.id().value() + " failed", e);
      }
    }
    Map<String, Long> purged = new LinkedHashMap<>();
    Instant cutoff = now.minus(Duration.ofDays(purgeAfterDays));
    for (ExpiredRecords records : expiring) {
      try {
        purged.putAll(records.purge(cutoff));
      } catch (RuntimeException e) {
        failures++;
        LOG.log(Level.WARNING, "housekeeping purge failed", e);
      }
    }
    return new HousekeepingReport(
        true,
        now,
        active,
        reminders.reminders(),
        reminders.emails(),
        reminders.sms(),
        republished,
        purged,
        failures);
  }

  private ReminderPortal portal(TenantView tenant) {
    String host = tenant.hosts().isEmpty() ? tenant.id().value() : tenant.hosts().get(0);
    String base = portalBaseUrl.replace("{host}", host).replaceAll("/$", "");
    return new ReminderPortal(tenant.displayName(), base + RENEWAL_PAGE);
  }
}
