package io.sigillo.tenancy.api;

import io.sigillo.core.audit.Actor;
import jakarta.ejb.Local;

/**
 * The platform's scheduled housekeeping, run on a timer by every node and once across all of them
 * (a lease in the database decides which node runs): certificate expiry reminders for every active
 * tenant, CRLs republished before they run out, expired codes, challenges and signing sessions
 * purged; each run audited with its counts. The platform operator can also start a run at once.
 */
@Local
public interface Housekeeping {

  /**
   * Runs now on this node if no node is running it; {@link HousekeepingReport#ran()} is false when
   * another one held the lease.
   */
  HousekeepingReport runNow(Actor actor);
}
