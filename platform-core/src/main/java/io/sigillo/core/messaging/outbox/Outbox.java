package io.sigillo.core.messaging.outbox;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.SmsMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Development only: the last SMS and e-mails the platform sent, in memory, newest first, at most
 * {@code sigillo.dev.outbox.capacity} (oldest dropped). SMS land here when {@code
 * sigillo.sms.gateway=outbox}; e-mails are copied here, after the SMTP server took them, while
 * {@code sigillo.dev.outbox=true}, which also publishes the developer page that lists them.
 * Production sets neither, so nothing is kept and there is no page.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @Inject
  @ConfigProperty(name = "sigillo.dev.outbox", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "sigillo.dev.outbox.capacity", defaultValue = "100")
  int capacity;

  @Inject Clock clock;

  private final Deque<OutboxEntry> entries = new ArrayDeque<>();

  @PostConstruct
  void announce() {
    if (enabled) {
      LOG.warning(
          "sigillo.dev.outbox=true: sent SMS and e-mails, codes included, are kept in memory and"
              + " shown at /dev/outbox. Development only; never in production.");
    }
    capacity = Math.max(1, Math.min(capacity, 1000));
  }

  /** Whether the developer page is published and e-mails are copied here. */
  public boolean enabled() {
    return enabled;
  }

  /** Keeps an SMS and returns the id it is known by here. */
  public String keep(SmsMessage message) {
    String id = "outbox-" + UUID.randomUUID();
    add(
        new OutboxEntry(
            OutboxEntry.Kind.SMS,
            message.tenant(),
            message.sender(),
            message.to(),
            "",
            message.text(),
            id,
            clock.instant()));
    return id;
  }

  public void keep(MailMessage message) {
    add(
        new OutboxEntry(
            OutboxEntry.Kind.EMAIL,
            message.tenant(),
            message.fromName(),
            message.to(),
            message.subject(),
            message.body(),
            "",
            clock.instant()));
  }

  /** Newest first. */
  public synchronized List<OutboxEntry> entries() {
    return List.copyOf(entries);
  }

  private synchronized void add(OutboxEntry entry) {
    entries.addFirst(entry);
    while (entries.size() > capacity) {
      entries.removeLast();
    }
  }
}
