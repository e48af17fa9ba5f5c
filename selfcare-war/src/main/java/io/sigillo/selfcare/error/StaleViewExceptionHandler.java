package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCode;
import io.sigillo.core.error.PlatformError;
import io.sigillo.selfcare.web.RequestCorrelation;
import io.sigillo.selfcare.web.hardening.WebSecurityError;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a postback whose view cannot be restored with {@link PlatformError#VIEW_EXPIRED} and a
 * link back to the page, logging one INFO line with the correlation id. That is the session
 * timeout's {@link ViewExpiredException}, and also whatever a forged or garbled {@code
 * jakarta.faces.ViewState} makes the implementation throw while restoring the view (Mojarra fails
 * on some values with plain runtime exceptions): a person cannot tell the two apart, and neither
 * deserves a 500. A postback that fails while its values are decoded gets {@link
 * WebSecurityError#UNREADABLE_FORM} the same way. Everything else goes on to the wrapped handler
 * and the error page as before.
 */
public class StaleViewExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(StaleViewExceptionHandler.class.getName());

  public StaleViewExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEventContext event = events.next().getContext();
      FacesContext context = event.getContext();
      if (!context.getResponseComplete() && isStaleView(event, context)) {
        events.remove();
        answer(context, event.getException(), PlatformError.VIEW_EXPIRED);
      } else if (!context.getResponseComplete() && isUnreadableForm(event, context)) {
        events.remove();
        answer(context, event.getException(), WebSecurityError.UNREADABLE_FORM);
      }
    }
    getWrapped().handle();
  }

  private static boolean isStaleView(ExceptionQueuedEventContext event, FacesContext context) {
    for (Throwable t = event.getException();
        t != null;
        t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
        return true;
      }
    }
    PhaseId phase = event.getPhaseId() != null ? event.getPhaseId() : context.getCurrentPhaseId();
    return PhaseId.RESTORE_VIEW.equals(phase) && context.isPostback();
  }

  /**
   * Decoding a postback only reads what the client sent: a failure there (a form with a file field
   * posted without multipart, which the container refuses to parse) is the request's fault.
   */
  private static boolean isUnreadableForm(ExceptionQueuedEventContext event, FacesContext context) {
    PhaseId phase = event.getPhaseId() != null ? event.getPhaseId() : context.getCurrentPhaseId();
    return PhaseId.APPLY_REQUEST_VALUES.equals(phase) && context.isPostback();
  }

  private static void answer(FacesContext context, Throwable failure, ErrorCode code) {
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
    String correlationId = RequestCorrelation.of(request);
    LOG.info(
        () ->
            "["
                + correlationId
                + "] "
                + code.code()
                + " form not readable on "
                + request.getRequestURI()
                + " ("
                + failure.getClass().getSimpleName()
                + ")");
    LOG.log(Level.FINE, "[" + correlationId + "] view state not restorable", failure);
    try {
      ErrorResponses.sendWithBack(request, response, code, back(request));
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }

  /**
   * The page the form came from: the Referer's path and query when it is a page of this portal (the
   * form's action drops the page's own parameters, e.g. which guide), else the form's path. Only a
   * path under this application is ever linked, never another site.
   */
  private static String back(HttpServletRequest request) {
    return back(
        request.getContextPath(),
        request.getRequestURI(),
        request.getServerName(),
        request.getHeader("Referer"));
  }

  static String back(String context, String requestUri, String serverName, String referer) {
    String form = requestUri.startsWith(context) ? requestUri.substring(context.length()) : "";
    String fallback = isOwnPath(form) ? form : "/";
    if (referer == null) {
      return fallback;
    }
    try {
      URI from = new URI(referer);
      String path = from.getRawPath();
      boolean samePortal =
          serverName.equalsIgnoreCase(from.getHost())
              && path != null
              && path.startsWith(context + "/");
      String own = samePortal ? path.substring(context.length()) : "";
      if (!isOwnPath(own)) {
        return fallback;
      }
      String query = from.getRawQuery();
      return own + (query == null ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return fallback;
    }
  }

  /** A path of this portal: "//host/…" (or "/\\host") would be a link to another site. */
  private static boolean isOwnPath(String path) {
    return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
  }
}
