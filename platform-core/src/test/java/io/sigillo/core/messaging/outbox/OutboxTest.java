package io.sigillo.core.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.SmsMessage;
import io.sigillo.core.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxTest {

  private static Outbox outbox(int capacity) {
    Outbox outbox = new Outbox();
    outbox.enabled = true;
    outbox.capacity = capacity;
    outbox.clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    outbox.announce();
    return outbox;
  }

  @Test
  void keepsMessagesInFullNewestFirst() {
    Outbox outbox = outbox(10);
    TenantId alpha = TenantId.of("alpha");

    String id = outbox.keep(new SmsMessage(alpha, "Alpha", "+393331234567", "Codice 123456"));
    outbox.keep(new MailMessage(alpha, "Alpha", "a@example.org", "Oggetto", "Codice 654321"));

    assertThat(outbox.entries()).hasSize(2);
    OutboxEntry mail = outbox.entries().get(0);
    OutboxEntry sms = outbox.entries().get(1);
    assertThat(mail.kind()).isEqualTo(OutboxEntry.Kind.EMAIL);
    assertThat(mail.subject()).isEqualTo("Oggetto");
    assertThat(sms.kind()).isEqualTo(OutboxEntry.Kind.SMS);
    assertThat(sms.to()).isEqualTo("+393331234567");
    assertThat(sms.text()).isEqualTo("Codice 123456");
    assertThat(sms.reference()).isEqualTo(id).startsWith("outbox-");
    assertThat(sms.at()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
  }

  @Test
  void dropsTheOldestBeyondItsCapacity() {
    Outbox outbox = outbox(3);
    TenantId alpha = TenantId.of("alpha");
    for (int i = 1; i <= 5; i++) {
      outbox.keep(new SmsMessage(alpha, "Alpha", "+393331234567", "Codice " + i));
    }

    assertThat(outbox.entries())
        .extracting(OutboxEntry::text)
        .containsExactly("Codice 5", "Codice 4", "Codice 3");
  }
}
