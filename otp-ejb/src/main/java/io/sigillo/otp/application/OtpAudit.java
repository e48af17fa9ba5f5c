package io.sigillo.otp.application;

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
 * The registry's audit events. Actions are {@code otp.<noun>.<verb>}; the subject is the device;
 * the detail names outcome, purpose and reason only — never a code, a secret, a counter or a time
 * step.
 */
@ApplicationScoped
public class OtpAudit {

  @Inject private AuditLog log;
  @Inject private Clock clock;

  public void device(TenantId tenant, Actor actor, String action, long deviceId, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.otpDevice(deviceId),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  /** A batch of a key rotation: counts and key ids only. */
  public void keyRotation(TenantId tenant, Actor actor, String keyId, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "otp.secrets.rotated",
            AuditSubject.of(AuditSubject.Kind.OTP_KEY, keyId),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  public void policy(TenantId tenant, Actor actor, String detail) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            "otp.policy.changed",
            AuditSubject.of(AuditSubject.Kind.OTP_POLICY),
            detail,
            actor.correlationId(),
            clock.instant()));
  }

  /** A staff member's first-device activation link: sent, or used up by its first code. */
  public void activation(TenantId tenant, Actor actor, String action, String activationId) {
    log.record(
        new AuditEvent(
            Optional.of(tenant),
            actor.name(),
            action,
            AuditSubject.of(AuditSubject.Kind.OTP_ACTIVATION, activationId),
            "",
            actor.correlationId(),
            clock.instant()));
  }
}
