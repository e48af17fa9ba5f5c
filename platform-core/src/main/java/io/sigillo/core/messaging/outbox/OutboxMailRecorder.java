package io.sigillo.core.messaging.outbox;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.MailSender;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Copies each e-mail into the {@link Outbox} once the real sender has handed it over, while the
 * developer outbox is enabled. A mail the server refused is not copied: the page shows what was
 * sent, not what was attempted.
 */
@Decorator
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class OutboxMailRecorder implements MailSender {

  @Inject @Delegate @Any MailSender delegate;

  @Inject Outbox outbox;

  @Override
  public void send(MailMessage message) {
    delegate.send(message);
    if (outbox.enabled()) {
      outbox.keep(message);
    }
  }
}
