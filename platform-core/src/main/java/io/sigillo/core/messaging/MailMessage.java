package io.sigillo.core.messaging;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import java.util.Objects;

/** A plain-text e-mail to one address, sent on behalf of a tenant. */
public record MailMessage(
    TenantId tenant, String fromName, String to, String subject, String body) {

  public MailMessage {
    Objects.requireNonNull(tenant, "tenant");
    if (to == null || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("recipient is not an e-mail address");
    }
    if (subject == null || subject.isBlank() || body == null) {
      throw new IllegalArgumentException("e-mail needs a subject and a body");
    }
    fromName = fromName == null || fromName.isBlank() ? "Sigillo" : fromName;
  }

  public String maskedRecipient() {
    return Masking.mask(to);
  }
}
