package io.sigillo.signature.api;

import java.util.Objects;

/**
 * What a reminder says about the tenant's portal: its name (the sender of the e-mail and SMS) and
 * the address of its renewal page, the reminder's direct link.
 */
public record ReminderPortal(String name, String renewalUrl) {

  public ReminderPortal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(renewalUrl, "renewalUrl");
  }
}
