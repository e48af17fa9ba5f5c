package io.sigillo.signature.application.holder;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceUses;
import io.sigillo.signature.api.HolderStatus;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells the OTP registry which devices authorise remote signatures, so that it asks for the
 * signature password before such a device is used for SIGN, resynchronised, revoked or reported
 * lost. A holder still waiting for a device has none yet.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
public class SigningDeviceUses implements DeviceUses {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Override
  public boolean servesSigning(TenantId tenant, long deviceId) {
    return !em.createNamedQuery("Holder.bySignDevice", Long.class)
        .setParameter("device", deviceId)
        .setParameter("waiting", HolderStatus.AWAITING_DEVICE)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
