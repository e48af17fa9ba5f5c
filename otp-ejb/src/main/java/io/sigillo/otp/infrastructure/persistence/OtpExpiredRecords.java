package io.sigillo.otp.infrastructure.persistence;

import io.sigillo.core.schedule.ExpiredRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The registry's expired SMS challenges and first-device activation links, for housekeeping. */
@ApplicationScoped
public class OtpExpiredRecords extends ExpiredRecords {

  @Override
  protected List<Expiring> tables() {
    return List.of(
        new Expiring("otp_sms_code", "expires_at"), new Expiring("otp_activation", "expires_at"));
  }
}
