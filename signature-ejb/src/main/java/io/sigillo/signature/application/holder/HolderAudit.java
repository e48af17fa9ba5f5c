package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.audit.AuditSubject;
import io.sigillo.core.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Audit events of the holder side; the detail never carries a password, a code or a contact. */
@ApplicationScoped
public class HolderAudit {

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  void record(TenantId tenant, Actor actor, String action, long holderId, String detail) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.holder(holderId),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  /** A change of the tenant's certificate policy; the detail has the old and new values. */
  void policy(TenantId tenant, Actor actor, String detail) {
    audit.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "signature.policy.changed",
            AuditSubject.of(AuditSubject.Kind.SIGNATURE_POLICY),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  /**
   * The registry's actor once the remote-signature password was checked in this call: with an OTP
   * of the device, the proof the registry asks before a signature device is used or changed.
   */
  static Actor passwordChecked(Actor actor) {
    return actor.withSignaturePassword();
  }
}
