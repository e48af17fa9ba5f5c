package io.sigillo.tenancy.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.api.OtpPolicies;
import io.sigillo.otp.api.PolicySettings;
import io.sigillo.otp.api.PurposeSettings;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import io.sigillo.tenancy.api.TenantPolicies;
import io.sigillo.tenancy.api.TenantPolicy;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A tenant's OTP and signature policy through their modules' policy apis, in this bean's one
 * transaction: the modules' beans join it, and a refusal (a catalogued error, which rolls back)
 * undoes whatever the other module already stored. The OTP policy is stored first, so a refused
 * signature value is what proves it.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// a tenant's policies are set by the platform operator (the console's tenant page)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class TenantPoliciesBean implements TenantPolicies {

  @Inject private OtpPolicies otp;
  @Inject private SignaturePolicies signature;

  @Override
  public TenantPolicy current(TenantId tenant) {
    return policy(otp.current(tenant), signature.current(tenant));
  }

  @Override
  public TenantPolicy save(TenantId tenant, TenantPolicy policy, Actor actor) {
    PolicySettings current = otp.current(tenant);
    PolicySettings saved =
        otp.update(
            tenant,
            new PolicySettings(
                purpose(
                    current.login(),
                    policy.loginWindow(),
                    policy.loginLookAhead(),
                    policy.loginLockout()),
                purpose(
                    current.sign(),
                    policy.signWindow(),
                    policy.signLookAhead(),
                    policy.signLockout()),
                current.driftCapSteps(),
                current.diagnosticWindowSeconds(),
                current.resyncHotpWindow(),
                current.resyncTotpSteps(),
                current.resyncThirdCodeBeyond(),
                current.totpEnrolment()),
            actor);
    SignaturePolicySettings stored = signature.current(tenant);
    // the console's tenant page sets the certificate values; the password rules stay as they are
    SignaturePolicySettings wanted =
        stored.withCertificates(policy.certificateValidityDays(), policy.renewalWindowDays());
    // unchanged values are not stored, so a tenant keeps following the platform defaults
    if (!wanted.equals(stored)) {
      stored = signature.update(tenant, wanted, actor);
    }
    return policy(saved, stored);
  }

  private static PurposeSettings purpose(
      PurposeSettings current, int window, int lookAhead, int lockout) {
    return new PurposeSettings(
        window, lookAhead, lockout, current.firstDelaySeconds(), current.selfUnlocksPer30Days());
  }

  private static TenantPolicy policy(PolicySettings otp, SignaturePolicySettings signature) {
    return new TenantPolicy(
        otp.login().totpWindowSteps(),
        otp.login().hotpLookAhead(),
        otp.login().lockoutThreshold(),
        otp.sign().totpWindowSteps(),
        otp.sign().hotpLookAhead(),
        otp.sign().lockoutThreshold(),
        signature.certificateValidityDays(),
        signature.renewalWindowDays());
  }
}
