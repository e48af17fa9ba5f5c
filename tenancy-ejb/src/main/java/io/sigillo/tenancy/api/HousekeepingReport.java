package io.sigillo.tenancy.api;

import java.time.Instant;
import java.util.Map;

/**
 * What one housekeeping run did, or that it did not run because another node held the lease.
 *
 * @param at the platform's time of the run
 * @param tenants active tenants gone through
 * @param reminders certificate thresholds announced (one e-mail and one SMS each)
 * @param crlsRepublished tenants whose CRL was republished
 * @param purged expired rows deleted, by table
 * @param failures tenants or tables whose part failed (logged; the rest of the run went on)
 */
public record HousekeepingReport(
    boolean ran,
    Instant at,
    int tenants,
    int reminders,
    int emails,
    int sms,
    int crlsRepublished,
    Map<String, Long> purged,
    int failures) {

  public HousekeepingReport {
    purged = Map.copyOf(purged);
  }

  public static HousekeepingReport notRun(Instant at) {
    return new HousekeepingReport(false, at, 0, 0, 0, 0, 0, Map.of(), 0);
  }

  /** The counts as the audit trail keeps them. */
  public String summary() {
    return "tenants "
        + tenants
        + ", reminders "
        + reminders
        + " (e-mail "
        + emails
        + ", SMS "
        + sms
        + "), CRLs republished "
        + crlsRepublished
        + ", purged "
        + new java.util.TreeMap<>(purged)
        + ", failures "
        + failures;
  }
}
