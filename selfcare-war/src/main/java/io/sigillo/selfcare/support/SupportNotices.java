package io.sigillo.selfcare.support;

import io.sigillo.core.messaging.AfterCommitNotices;
import io.sigillo.core.messaging.MailMessage;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.TenantView;
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

  /**
   * Where the notice of a new request goes.
   *
   * @param portal the tenant's display name, the sender's name and the subject's prefix
   * @param address the tenant's support address; blank when the tenant has none (no notice)
   * @param requestUrlPrefix the request page's URL up to its id, e.g. {@code
   *     https://alpha.example/support/request.xhtml?id=}
   */
  public record Recipient(String portal, String address, String requestUrlPrefix) {

    public static Recipient of(TenantView tenant, String requestUrlPrefix) {
      return new Recipient(
          tenant.displayName(), tenant.branding().supportEmail(), requestUrlPrefix);
    }
  }

  @Inject private AfterCommitNotices notices;

  /** Queues the notice for the commit of the caller's transaction. */
  void newRequest(TenantId tenant, Recipient to, SupportSummary request) {
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
