package io.sigillo.signature.application.holder;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.security.Roles;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.signature.api.SignatureError;
import io.sigillo.signature.api.SignaturePolicies;
import io.sigillo.signature.api.SignaturePolicySettings;
import io.sigillo.signature.domain.holder.CertificatePolicy;
import io.sigillo.signature.domain.holder.PasswordRules;
import io.sigillo.signature.domain.holder.TenantCertificatePolicy;
import io.sigillo.signature.infrastructure.persistence.SignatureTenantBinding;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Each tenant's certificate policy, stored as data; the platform defaults apply until the platform
 * operator sets the tenant's own. Read on each order, renewal and renewal-status call: one indexed
 * row, so it is not cached and a change applies on every node at once.
 */
@Stateless
@Interceptors(SignatureTenantBinding.class)
@DeclareRoles({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.SYSTEM})
// read by the holder flows and the console
@RolesAllowed({Roles.USER, Roles.OPERATOR, Roles.PLATFORM_ADMIN, Roles.SYSTEM})
public class SignaturePoliciesBean implements SignaturePolicies {

  @PersistenceContext(unitName = "sigillo-signature")
  private EntityManager em;

  @Inject private HolderPolicy defaults;
  @Inject private HolderAudit audit;
  @Inject private Clock clock;

  @Override
  public SignaturePolicySettings current(TenantId tenant) {
    return stored()
        .map(p -> settings(p.policy(), p.passwordRules()))
        .orElseGet(() -> settings(defaults.defaults(), defaults.passwordRules()));
  }

  @Override
  public Optional<SignaturePolicySettings> find(TenantId tenant) {
    return stored().map(p -> settings(p.policy(), p.passwordRules()));
  }

  // a tenant's certificate policy: the platform operator
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SYSTEM})
  @Override
  public SignaturePolicySettings update(
      TenantId tenant, SignaturePolicySettings settings, Actor actor) {
    Objects.requireNonNull(settings, "settings");
    CertificatePolicy policy =
        new CertificatePolicy(settings.certificateValidityDays(), settings.renewalWindowDays());
    PasswordRules passwords =
        new PasswordRules(settings.passwordMinLength(), settings.passwordHistory());
    Optional<TenantCertificatePolicy> stored = stored();
    CertificatePolicy before =
        stored.map(TenantCertificatePolicy::policy).orElseGet(defaults::defaults);
    PasswordRules passwordsBefore =
        stored.map(TenantCertificatePolicy::passwordRules).orElseGet(defaults::passwordRules);
    if (stored.isPresent()) {
      stored.get().change(policy, passwords, actor.name(), clock.instant());
    } else {
      em.persist(new TenantCertificatePolicy(policy, passwords, actor.name(), clock.instant()));
    }
    try {
      // a concurrent first setting (unique tenant_id) or change (row version) fails here, inside
      // the method, so it reaches the caller as a catalogued conflict rather than at commit
      em.flush();
    } catch (PersistenceException e) {
      throw new SigilloException(SignatureError.POLICY_CHANGED_MEANWHILE);
    }
    audit.policy(
        tenant,
        actor,
        "certificate validity "
            + before.validityDays()
            + " -> "
            + policy.validityDays()
            + " days, renewal window "
            + before.renewalWindowDays()
            + " -> "
            + policy.renewalWindowDays()
            + " days"
            + (passwords.equals(passwordsBefore)
                ? ""
                : ", password min length "
                    + passwordsBefore.minLength()
                    + " -> "
                    + passwords.minLength()
                    + ", history "
                    + passwordsBefore.history()
                    + " -> "
                    + passwords.history())
            + (stored.isPresent() ? "" : " (were the platform defaults)"));
    return settings(policy, passwords);
  }

  private Optional<TenantCertificatePolicy> stored() {
    return em.createNamedQuery("TenantCertificatePolicy.current", TenantCertificatePolicy.class)
        .getResultStream()
        .findFirst();
  }

  private static SignaturePolicySettings settings(
      CertificatePolicy policy, PasswordRules passwords) {
    return new SignaturePolicySettings(
        policy.validityDays(),
        policy.renewalWindowDays(),
        passwords.minLength(),
        passwords.history());
  }
}
