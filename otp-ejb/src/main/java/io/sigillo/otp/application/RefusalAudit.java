package io.sigillo.otp.application;

import io.sigillo.core.audit.AuditEvent;
import io.sigillo.core.audit.AuditLog;
import io.sigillo.core.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
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
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// called by TokenInventoryBean for the caller it serves
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
public class RefusalAudit {

  @Inject private AuditLog log;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    log.record(event);
  }
}
