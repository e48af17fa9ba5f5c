package io.sigillo.identity.infrastructure.persistence;

import io.sigillo.core.schedule.ExpiredRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Expired e-mail codes and account activation links of identities, for housekeeping. */
@ApplicationScoped
public class IdentityExpiredRecords extends ExpiredRecords {

  @Override
  protected List<Expiring> tables() {
    return List.of(
        new Expiring("identity_email_code", "expires_at"),
        new Expiring("identity_activation", "expires_at"));
  }
}
