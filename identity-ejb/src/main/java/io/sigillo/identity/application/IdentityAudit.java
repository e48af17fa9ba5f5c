package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The identity module's audit events: actions {@code identity.<noun>.<verb>}, subject the identity;
 * the detail never holds a code, a password or a full contact.
 */
@ApplicationScoped
public class IdentityAudit {

  @Inject private AuditLog log;
  @Inject private Clock clock;

  public void record(TenantId tenant, Actor actor, String action, long identityId, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.identity(identityId),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  /** An event about the tenant's identities as a whole (an import). */
  public void recordForTenant(TenantId tenant, Actor actor, String action, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.tenant(tenant),
            detail,
            actor.correlationId(),
            clock.instant()));
  }
}
