package io.sigillo.signature.infrastructure.persistence;

import io.sigillo.core.tenant.TenantBindingInterceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Binds each call's tenant to the signature persistence context. */
public class SignatureTenantBinding extends TenantBindingInterceptor {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
