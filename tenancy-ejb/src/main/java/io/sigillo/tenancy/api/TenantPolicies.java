package io.sigillo.tenancy.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/**
 * A tenant's OTP and signature policy, read and saved as one: a value either module refuses leaves
 * both policies as they were, so the operator never finds one half saved and the other not.
 */
@Local
public interface TenantPolicies {

  /** The tenant's policies, the platform defaults where it has none of its own. */
  TenantPolicy current(TenantId tenant);

  /**
   * Saves both policies in one transaction, each through its module (which checks every value and
   * audits the change); the OTP values this record does not carry are kept. An unchanged signature
   * policy is not stored, so a tenant keeps following the platform defaults. Throws the refusing
   * module's catalogued error, with nothing saved.
   */
  TenantPolicy save(TenantId tenant, TenantPolicy policy, Actor actor);
}
