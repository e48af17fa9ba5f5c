package io.sigillo.signature.infrastructure.persistence;

import io.sigillo.core.schedule.ExpiredRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Expired contact-change codes and single-use signing authorisations (the signing sessions between
 * the password + OTP check and the signature), for housekeeping.
 */
@ApplicationScoped
public class SignatureExpiredRecords extends ExpiredRecords {

  @Override
  protected List<Expiring> tables() {
    return List.of(
        new Expiring("contact_change", "expires_at"),
        new Expiring("sign_authorisation", "expires_at"));
  }
}
