package io.sigillo.selfcare.support;

import io.sigillo.core.tenant.TenantBindingInterceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Binds each call's tenant to the portal's own persistence unit (tenant-owned portal tables). */
public class SelfcareTenantBinding extends TenantBindingInterceptor {

  @PersistenceContext(unitName = "sigillo-selfcare")
  private EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
