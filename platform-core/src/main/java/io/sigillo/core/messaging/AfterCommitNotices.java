package io.sigillo.core.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Security notices (an e-mail or SMS telling a person that something changed on their account),
 * sent only once the transaction that made the change has committed: a change that rolls back is
 * never announced, and a slow SMTP server or SMSC never holds the change's row locks. Codes a flow
 * needs are not notices: they are sent inside the flow, so a refused send fails the flow.
 *
 * <p>Outside a transaction the notice goes at once. A notice that cannot be delivered is logged
 * (never with its recipient or text in clear) and does not undo the change it reports.
 */
@ApplicationScoped
public class AfterCommitNotices {

  private static final Logger LOG = Logger.getLogger(AfterCommitNotices.class.getName());

  /** The notice waiting for its transaction: exactly one of the two is set. */
  public record Pending(MailMessage mail, SmsMessage sms) {}

  @Inject Event<Pending> pending;
  @Inject MailSender mailSender;
  @Inject SmsGateway smsGateway;

  public void mail(MailMessage message) {
    pending.fire(new Pending(message, null));
  }

  public void sms(SmsMessage message) {
    pending.fire(new Pending(null, message));
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pending notice) {
    try {
      if (notice.mail() != null) {
        mailSender.send(notice.mail());
      } else {
        smsGateway.send(notice.sms());
      }
    } catch (RuntimeException e) {
      String tenant =
          notice.mail() != null ? notice.mail().tenant().value() : notice.sms().tenant().value();
      // adapters' MessagingException texts mask the recipient; other exceptions are named only
      String why = e instanceof MessagingException ? e.getMessage() : e.getClass().getName();
      LOG.warning(() -> "a notice for tenant " + tenant + " was not delivered: " + why);
    }
  }
}
