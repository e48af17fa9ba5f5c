package io.sigillo.signature.application.holder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's rules for certificates of holders: how long a new certificate is valid and how
 * long before expiry the portal offers renewal. Read once at start-up.
 */
@ApplicationScoped
public class HolderPolicy {

  @Inject
  @ConfigProperty(name = "sigillo.signature.certificate-validity-days", defaultValue = "1095")
  int validityDays;

  @Inject
  @ConfigProperty(name = "sigillo.signature.renewal-window-days", defaultValue = "90")
  int renewalWindowDays;

  public int validityDays() {
    return validityDays;
  }

  public int renewalWindowDays() {
    return renewalWindowDays;
  }
}
