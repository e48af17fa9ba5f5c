package io.sigillo.core.messaging;

import io.sigillo.core.tenant.TenantId;
import io.sigillo.core.text.Masking;
import java.util.Objects;
import java.util.regex.Pattern;

/** A text message to one mobile number in E.164 form (e.g. {@code +393331234567}). */
public record SmsMessage(TenantId tenant, String sender, String to, String text) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public SmsMessage {
    Objects.requireNonNull(tenant, "tenant");
    if (to == null || !E164.matcher(to).matches()) {
      throw new IllegalArgumentException("recipient is not an E.164 number");
    }
    if (text == null || text.isEmpty() || text.length() > 459) {
      throw new IllegalArgumentException("SMS text must be 1..459 characters");
    }
    sender = sender == null || sender.isBlank() ? "Sigillo" : sender;
  }

  /** The number with all but the last three digits hidden, for logs and audit. */
  public String maskedRecipient() {
    return Masking.mask(to);
  }
}
