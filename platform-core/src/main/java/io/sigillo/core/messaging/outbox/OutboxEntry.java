package io.sigillo.core.messaging.outbox;

import io.sigillo.core.tenant.TenantId;
import java.time.Instant;

/**
 * One message as the development outbox keeps it, in full: showing the codes is what the outbox is
 * for.
 *
 * @param subject the e-mail's subject; empty for an SMS
 * @param reference the SMS id the outbox gave it, or empty for an e-mail
 */
public record OutboxEntry(
    Kind kind,
    TenantId tenant,
    String from,
    String to,
    String subject,
    String text,
    String reference,
    Instant at) {

  /** What kind of message it was. */
  public enum Kind {
    SMS,
    EMAIL
  }
}
