package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.tenant.TenantBindingInterceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Binds each call's tenant to the OTP persistence context. */
public class OtpTenantBinding extends TenantBindingInterceptor {

  @PersistenceContext(unitName = OtpPersistence.UNIT)
  private EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}
