package io.sigillo.signature.api;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The signature module's part of the platform's scheduled housekeeping, one tenant per call, each
 * call its own transaction: certificate expiry reminders and the CRL republished before it runs
 * out. The reminder days are the tenant's policy, set by the platform operator.
 */
@Local
public interface CertificateHousekeeping {

  /**
   * Reminds the holders of the tenant's current certificates that passed one of the policy's days
   * before expiry, by e-mail and SMS, once per certificate and threshold however many nodes or runs
   * ask; audited per certificate.
   */
  ReminderRun remindExpiring(TenantId tenant, ReminderPortal portal);

  /** Republishes the tenant's CRL if it is due (half its lifetime gone), never creating a CA. */
  boolean republishCrlIfDue(TenantId tenant);

  /** The tenant's reminder days, or the platform default. */
  ReminderPolicy reminderPolicy(TenantId tenant);

  /**
   * Stores the tenant's reminder days; refused with {@code SIG-151} (1..6 distinct days of 1..400).
   * Audited with the old and new values.
   */
  ReminderPolicy changeReminderPolicy(TenantId tenant, List<Integer> daysBeforeExpiry, Actor actor);
}
