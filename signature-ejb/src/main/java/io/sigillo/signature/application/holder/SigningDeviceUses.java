package io.sigillo.signature.application.holder;

import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.DeviceUses;
import io.sigillo.signature.api.HolderStatus;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
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
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// asked by the OTP registry's DeviceAccess for the registry's callers
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.SERVICE, Roles.SYSTEM})
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
