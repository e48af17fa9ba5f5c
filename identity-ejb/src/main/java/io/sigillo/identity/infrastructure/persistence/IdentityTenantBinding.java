package io.sigillo.identity.infrastructure.persistence;

import io.sigillo.core.tenant.TenantBindingInterceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Binds each call's tenant to the identity persistence context. */
public class IdentityTenantBinding extends TenantBindingInterceptor {

  @PersistenceContext(unitName = "sigillo-identity")
  private EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
