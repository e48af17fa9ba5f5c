package io.sigillo.selfcare.support;

import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.messaging.MailSender;
import io.sigillo.selfcare.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells the tenant's support address about a new request. Sent after the request is stored: a mail
 * server that is down must not lose the request, only the notice (the operators' queue has it).
 */
@ApplicationScoped
public class SupportNotices {

  private static final Logger LOG = Logger.getLogger(SupportNotices.class.getName());

  @Inject private MailSender mail;

  /** Returns whether the notice was handed to the mail server. */
  public boolean newRequest(TenantView tenant, SupportSummary request, String requestUrl) {
    String to = tenant.branding().supportEmail();
    if (to == null || to.isBlank()) {
      return false;
    }
    String body =
        "Nuova richiesta di assistenza n. "
            + request.id()
            + " / New support request no. "
            + request.id()
            + "\n\n"
            + "Utente / User: "
            + request.requester()
            + "\n"
            + "Codice errore / Error code: "
            + (request.errorCode() == null ? "-" : request.errorCode())
            + "\n"
            + "Codice di correlazione / Correlation id: "
            + (request.correlationId() == null ? "-" : request.correlationId())
            + "\n"
            + "Sistema / System: "
            + request.os()
            + " · "
            + request.browser()
            + "\n"
            + "Schermata / Screenshot: "
            + (request.hasScreenshot() ? "sì / yes" : "no")
            + "\n\n"
            + request.description()
            + "\n\n"
            + requestUrl
            + "\n";
    try {
      mail.send(
          new MailMessage(
              tenant.id(),
              tenant.displayName(),
              to,
              "[" + tenant.displayName() + "] Richiesta di assistenza n. " + request.id(),
              body));
      return true;
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "support notice for request " + request.id() + " not sent: " + e.getMessage());
      return false;
    }
  }
}
