package io.sigillo.signature.api;

import java.io.Serializable;
import java.util.List;

/**
 * A tenant's certificate expiry reminders: the days before expiry, most distant first.
 *
 * @param tenantOwn false while the platform default applies
 */
public record ReminderPolicy(List<Integer> daysBeforeExpiry, boolean tenantOwn)
    implements Serializable {

  public ReminderPolicy {
    daysBeforeExpiry = List.copyOf(daysBeforeExpiry);
  }
}
