package io.sigillo.signature.application.certificate;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.person.PersonLanguages;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.CertificateHousekeeping;
import io.sigillo.signature.api.ReminderPolicy;
import io.sigillo.signature.api.ReminderPortal;
import io.sigillo.signature.api.ReminderRun;
import io.sigillo.signature.domain.certificate.ReminderSchedule;
import io.sigillo.signature.domain.certificate.TenantCa;
import io.sigillo.signature.infrastructure.messaging.HolderNotices;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificate expiry reminders and CRL republication for the housekeeping job, one tenant per call.
 * Native SQL names the tenant in every statement (it escapes EclipseLink's tenant filter). A
 * reminder is sent only by the transaction whose {@code insert ... on conflict do nothing} into
 * {@code sign_certificate_reminder} wrote the row: PostgreSQL makes a concurrent insert of the same
 * key wait for the first and then do nothing, so two nodes (or two runs) never both send it. The
 * messages leave after commit, so a rolled-back pass announces nothing. They speak the holder's
 * last portal language ({@link PersonLanguages}), else Italian and English as before.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
@RolesAllowed(Roles.SYSTEM)
public class CertificateHousekeepingBean implements CertificateHousekeeping {

  private static final String SYSTEM_ACTOR = "housekeeping";
  private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private TenantCas cas;
  @Inject private HolderNotices notices;
  @Inject private PersonLanguages languages;
  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "sigillo.signature.reminder-days", defaultValue = "60,30,7")
  private String defaultDays;

  @Override
  public ReminderRun remindExpiring(TenantId tenant, ReminderPortal portal) {
    Instant now = clock.instant();
    ReminderSchedule schedule = schedule(tenant).orElseGet(this::platformDefault);
    List<?> rows =
        nativeQuery(
                "select c.id, c.not_before, c.not_after, h.mobile, h.email, h.username"
                    + " from sign_certificate c"
                    + " join holder h on h.certificate_id = c.id and h.tenant_id = c.tenant_id"
                    + " where c.tenant_id = ? and c.status = 'ACTIVE' and c.not_after > ?"
                    + " and c.not_after <= ? order by c.id")
            .setParameter(1, tenant.value())
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, Timestamp.from(now.plus(schedule.horizon())))
            .getResultList();
    ReminderRun run = ReminderRun.NONE;
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long certificate = ((Number) columns[0]).longValue();
      Instant notAfter = instant(columns[2]);
      List<Integer> passed = schedule.passed(instant(columns[1]), notAfter, now);
      Optional<Integer> due = ReminderSchedule.toSend(passed);
      if (due.isEmpty() || !recorded(tenant, certificate, due.get(), true, now)) {
        continue;
      }
      passed.stream()
          .filter(days -> !days.equals(due.get()))
          .forEach(days -> recorded(tenant, certificate, days, false, now));
      int sent =
          notices.expiryReminder(
              tenant,
              portal.name(),
              portal.renewalUrl(),
              (String) columns[3],
              (String) columns[4],
              notAfter,
              ReminderSchedule.daysLeft(notAfter, now),
              languages.of(tenant, (String) columns[5]));
      audit(
          tenant,
          "certificate.expiry.reminded",
          AuditSubject.certificate(certificate),
          due.get() + " days before expiry; " + sent + " of 2 messages (e-mail, SMS) sent",
          now);
      run = run.plus(new ReminderRun(1, sent > 0 ? 1 : 0, sent > 1 ? 1 : 0));
    }
    return run;
  }

  @Override
  public boolean republishCrlIfDue(TenantId tenant) {
    Optional<TenantCa> ca = cas.find();
    if (ca.isEmpty() || !ca.get().crlDue(clock.instant())) {
      return false;
    }
    cas.publish(ca.get());
    return true;
  }

  @Override
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  public ReminderPolicy reminderPolicy(TenantId tenant) {
    return schedule(tenant)
        .map(own -> new ReminderPolicy(own.daysBeforeExpiry(), true))
        .orElseGet(() -> new ReminderPolicy(platformDefault().daysBeforeExpiry(), false));
  }

  @Override
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  public ReminderPolicy changeReminderPolicy(
      TenantId tenant, List<Integer> daysBeforeExpiry, Actor actor) {
    ReminderSchedule wanted = new ReminderSchedule(daysBeforeExpiry);
    ReminderPolicy before = reminderPolicy(tenant);
    Instant now = clock.instant();
    int updated =
        nativeQuery(
                "update sign_reminder_policy set days_before_expiry = ?, updated_by = ?,"
                    + " updated_at = ? where tenant_id = ?")
            .setParameter(1, wanted.stored())
            .setParameter(2, actor.name())
            .setParameter(3, Timestamp.from(now))
            .setParameter(4, tenant.value())
            .executeUpdate();
    if (updated == 0) {
      nativeQuery(
              "insert into sign_reminder_policy (tenant_id, days_before_expiry, updated_by,"
                  + " updated_at) values (?, ?, ?, ?) on conflict do nothing")
          .setParameter(1, tenant.value())
          .setParameter(2, wanted.stored())
          .setParameter(3, actor.name())
          .setParameter(4, Timestamp.from(now))
          .executeUpdate();
    }
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "signature.reminders.changed",
            AuditSubject.of(AuditSubject.Kind.SIGNATURE_POLICY).key(),
            "reminder days " + before.daysBeforeExpiry() + " -> " + wanted.daysBeforeExpiry(),
            actor.correlationId(),
            now));
    return new ReminderPolicy(wanted.daysBeforeExpiry(), true);
  }

  /** Writes the reminder row; true only for the transaction that wrote it. */
  private boolean recorded(
      TenantId tenant, long certificate, int days, boolean notified, Instant now) {
    return nativeQuery(
                "insert into sign_certificate_reminder (tenant_id, certificate_id,"
                    + " days_before_expiry, notified, created_at) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing")
            .setParameter(1, tenant.value())
            .setParameter(2, certificate)
            .setParameter(3, days)
            .setParameter(4, notified)
            .setParameter(5, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  private Optional<ReminderSchedule> schedule(TenantId tenant) {
    List<?> stored =
        nativeQuery("select days_before_expiry from sign_reminder_policy where tenant_id = ?")
            .setParameter(1, tenant.value())
            .getResultList();
    return stored.stream().findFirst().map(days -> ReminderSchedule.parse((String) days));
  }

  private ReminderSchedule platformDefault() {
    return ReminderSchedule.parse(defaultDays);
  }

  private void audit(
      TenantId tenant, String action, AuditSubject subject, String detail, Instant now) {
    Actor actor = Actor.system(SYSTEM_ACTOR);
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            subject.key(),
            detail,
            actor.correlationId(),
            now));
  }

  /** Native SQL, which the unit refuses by default because its entities are multitenant. */
  private Query nativeQuery(String sql) {
    return em.createNativeQuery(sql).setHint(ALLOW_NATIVE, true);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
  }
}
