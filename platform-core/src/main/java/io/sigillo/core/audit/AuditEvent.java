package io.sigillo.core.audit;

import io.sigillo.core.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited fact. {@code tenant} is empty for platform-level actions (creating a tenant). {@code
 * subject} is an {@link AuditSubject}'s key when written by the platform; read back, it is the text
 * as stored. {@code detail} is free text for people reading the trail and must never contain a
 * secret, a code or a password.
 */
public record AuditEvent(
    Optional<TenantId> tenant,
    String actor,
    String action,
    String subject,
    String detail,
    String correlationId,
    Instant at) {

  public AuditEvent {
    Objects.requireNonNull(tenant, "tenant");
    requireText(actor, "actor", 200);
    requireText(action, "action", 100);
    subject = subject == null ? "" : subject;
    detail = detail == null ? "" : detail;
    if (subject.length() > 200 || detail.length() > 2000) {
      throw new IllegalArgumentException("audit subject or detail too long");
    }
    correlationId = correlationId == null ? "" : correlationId;
    Objects.requireNonNull(at, "at");
  }

  /** An event about a typed subject: the form every module writes. */
  public AuditEvent(
      Optional<TenantId> tenant,
      String actor,
      String action,
      AuditSubject subject,
      String detail,
      String correlationId,
      Instant at) {
    this(tenant, actor, action, subject.key(), detail, correlationId, at);
  }

  private static void requireText(String value, String name, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException("audit " + name + " must be 1.." + max + " characters");
    }
  }
}
