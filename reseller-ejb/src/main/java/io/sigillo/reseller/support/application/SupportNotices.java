package io.sigillo.reseller.support.application;

import io.sigillo.core.messaging.AfterCommitNotices;
import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.reseller.support.api.NoticeRecipient;
import io.sigillo.reseller.support.api.SupportSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells the tenant's support address about a new request, once the request has committed ({@link
 * AfterCommitNotices}): a request that rolls back is never announced, and a slow mail server holds
 * no lock. A mail server that is down loses only the notice, never the request (the operators'
 * queue has it).
 */
@ApplicationScoped
public class SupportNotices {

  private static final Logger LOG = Logger.getLogger(SupportNotices.class.getName());

  @Inject private AfterCommitNotices notices;

  /** Queues the notice for the commit of the caller's transaction. */
  void newRequest(TenantId tenant, NoticeRecipient to, SupportSummary request) {
    if (to.address() == null || to.address().isBlank()) {
      return;
    }
    try {
      notices.mail(
          new MailMessage(
              tenant,
              to.portal(),
              to.address(),
              "[" + to.portal() + "] Richiesta di assistenza n. " + request.id(),
              body(request, to.requestUrlPrefix() + request.id())));
    } catch (IllegalArgumentException e) {
      // a support address the branding let through but mail refuses: the request still stands
      LOG.warning(
          () -> "support notice for request " + request.id() + " not sent: " + e.getMessage());
    }
  }

  private static String body(SupportSummary request, String requestUrl) {
    return "Nuova richiesta di assistenza n. "
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
  }
}
