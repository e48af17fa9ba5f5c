package io.sigillo.otp.application;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Audit events of refusals that end in a catalogued exception. The exception rolls the caller's
 * transaction back, and with it an event written there, so a token file with a wrong MAC (someone
 * trying keys, or a tampered file) left no trace; these events commit in a transaction of their
 * own.
 */
@Stateless
public class RefusalAudit {

  @Inject private AuditLog log;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    log.record(event);
  }
}
