package io.sigillo.selfcare.view.operator;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail as the operator console writes and reads it. Application-scoped so view-scoped
 * pages can hold it (its proxy is serializable, the clock it uses is not).
 */
@ApplicationScoped
public class OperatorAudit {

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public void record(
      TenantId tenant, String operator, String action, AuditSubject subject, String correlationId) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant), operator, action, subject, "", correlationId, clock.instant()));
  }

  /** A person's own events and those about one of their subjects, newest first. */
  public List<AuditEvent> about(
      TenantId tenant, String person, Collection<AuditSubject> subjects, int limit) {
    return audit.about(tenant, person, subjects, limit);
  }
}
