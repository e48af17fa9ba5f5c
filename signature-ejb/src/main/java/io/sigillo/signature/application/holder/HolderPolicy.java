package io.sigillo.signature.application.holder;

import io.sigillo.signature.domain.holder.CertificatePolicy;
import io.sigillo.signature.domain.holder.PasswordRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's default certificate policy and password rules: what applies to a tenant until the
 * platform operator sets its own ({@link SignaturePoliciesBean}). Read once at start-up.
 */
@ApplicationScoped
public class HolderPolicy {

  @Inject
  @ConfigProperty(name = "sigillo.signature.certificate-validity-days", defaultValue = "1095")
  int validityDays;

  @Inject
  @ConfigProperty(name = "sigillo.signature.renewal-window-days", defaultValue = "90")
  int renewalWindowDays;

  @Inject
  @ConfigProperty(name = "sigillo.signature.password-min-length", defaultValue = "10")
  int passwordMinLength;

  @Inject
  @ConfigProperty(name = "sigillo.signature.password-history", defaultValue = "5")
  int passwordHistory;

  /** The default password rules, checked by the same rules as a tenant's. */
  public PasswordRules passwordRules() {
    return new PasswordRules(passwordMinLength, passwordHistory);
  }

  /** The defaults, checked by the same rules as a tenant's policy. */
  public CertificatePolicy defaults() {
    return new CertificatePolicy(validityDays, renewalWindowDays);
  }
}
