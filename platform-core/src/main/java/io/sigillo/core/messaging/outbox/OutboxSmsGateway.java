package io.sigillo.core.messaging.outbox;

import io.sigillo.core.messaging.SmsAdapter;
import io.sigillo.core.messaging.SmsGateway;
import io.sigillo.core.messaging.SmsMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Development only ({@code sigillo.sms.gateway=outbox}): SMS are not sent anywhere, only kept in
 * the {@link Outbox}, where the developer page shows them.
 */
@ApplicationScoped
@SmsAdapter(OutboxSmsGateway.ID)
public class OutboxSmsGateway implements SmsGateway {

  public static final String ID = "outbox";

  private static final Logger LOG = Logger.getLogger(OutboxSmsGateway.class.getName());

  @Inject Outbox outbox;

  @PostConstruct
  void announce() {
    LOG.warning("sigillo.sms.gateway=outbox: SMS are kept in memory and never delivered");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String send(SmsMessage message) {
    String id = outbox.keep(message);
    LOG.info(() -> "SMS to " + message.maskedRecipient() + " kept in the outbox as " + id);
    return id;
  }
}
