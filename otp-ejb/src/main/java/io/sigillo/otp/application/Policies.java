package io.sigillo.otp.application;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.otp.domain.OtpPolicy;
import io.sigillo.otp.infrastructure.persistence.PolicyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The policy in force for a tenant: its stored one, else the platform defaults. */
@ApplicationScoped
class Policies {

  @Inject private PolicyStore store;

  OtpPolicy of(TenantId tenant) {
    return store.find(tenant).map(PolicyMapping::policy).orElseGet(OtpPolicy::defaults);
  }
}
