package io.sigillo.otp.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;

/** Reads and changes a tenant's OTP policy. Changes are audited and apply to the next attempt. */
@Local
public interface OtpPolicies {

  /** The tenant's policy, or the platform defaults when it has none. */
  PolicySettings current(TenantId tenant);

  /** Stores a policy; every value is checked ({@link OtpError#POLICY_INVALID} names the first). */
  PolicySettings update(TenantId tenant, PolicySettings settings, Actor actor);
}
