package io.sigillo.signature.application.certificate;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Audit events of the CA and of signing; never a key, a PIN or a document's content. */
@ApplicationScoped
public class CertificateAudit {

  @Inject private AuditLog log;
  @Inject private Clock clock;

  void record(TenantId tenant, Actor actor, String action, long certificateId, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.certificate(certificateId),
            detail,
            actor.correlationId(),
            clock.instant()));
  }
}
