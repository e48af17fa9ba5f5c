package io.sigillo.reseller.infrastructure.persistence;

import io.sigillo.core.tenant.TenantBindingInterceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Binds each call's tenant to the reseller persistence unit (support requests and guides). */
public class ResellerTenantBinding extends TenantBindingInterceptor {

  @PersistenceContext(unitName = "sigillo-reseller")
  private EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
