package io.sigillo.otp.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpPolicies;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.infrastructure.persistence.OtpTenantBinding;
import io.sigillo.otp.infrastructure.persistence.PolicyStore;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;

/** Each tenant's OTP policy, stored as data; the defaults apply until a tenant sets its own. */
@Stateless
@Interceptors(OtpTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a tenant's operators, or the platform console editing the tenant
@RolesAllowed({Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class OtpPoliciesBean implements OtpPolicies {

  @Inject private PolicyStore store;
  @Inject private Policies policies;
  @Inject private OtpAudit audit;
  @Inject private Clock clock;
  @Inject private DeviceAccess access;

  @Override
  public PolicySettings current(TenantId tenant) {
    return store.find(tenant).orElseGet(() -> PolicyMapping.settings(OtpPolicy.defaults()));
  }

  @Override
  public PolicySettings update(TenantId tenant, PolicySettings settings, Actor actor) {
    access.staff(actor);
    PolicySettings checked = PolicyMapping.settings(PolicyMapping.policy(settings));
    store.save(tenant, checked, clock.instant());
    policies.changed(tenant);
    audit.policy(tenant, actor, checked.toString());
    return checked;
  }
}
