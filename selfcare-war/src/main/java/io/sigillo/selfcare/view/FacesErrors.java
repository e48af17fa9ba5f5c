package io.sigillo.selfcare.view;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.error.LastError;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * Shows a catalogued error on the page the person is on (a form keeps what they typed): code,
 * title, message, next step and the correlation id, as the error page would; {@link
 * SentenceMessagesRenderer} renders them as separate sentences.
 *
 * <p>A page action runs its api call through {@link #attempt}: a catalogued refusal is shown and
 * the page stays, anything else is a failure that the error page handles. One rule for every page,
 * so no backing decides differently what a refusal looks like.
 */
public final class FacesErrors {

  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  private FacesErrors() {}

  /** A step of a page action that the business layer may refuse with a catalogued error. */
  @FunctionalInterface
  public interface Step {
    void run();
  }

  /** A page action that names the page to go to, unless it is refused. */
  @FunctionalInterface
  public interface Navigation {
    String outcome();
  }

  /** Runs the step; a refusal is shown on the page and answered with {@code false}. */
  public static boolean attempt(Step step) {
    try {
      step.run();
      return true;
    } catch (SigilloException e) {
      show(e);
      return false;
    }
  }

  /**
   * Runs the step, then {@code always} whatever happened (typically forgetting a password or codes
   * the person typed, which must not stay in the view even after an unexpected failure).
   */
  public static boolean attempt(Step step, Runnable always) {
    try {
      return attempt(step);
    } finally {
      always.run();
    }
  }

  /** The action's outcome; after a refusal, shown on the page, {@code null}: the page stays. */
  public static String navigate(Navigation action) {
    try {
      return action.outcome();
    } catch (SigilloException e) {
      show(e);
      return null;
    }
  }

  public static void show(SigilloException error) {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String correlationId = RequestCorrelation.of(request);
    LOG.info(() -> "[" + correlationId + "] " + error.code().code() + " " + error.code().name());
    ErrorText text = ErrorCatalogue.describe(error, faces.getViewRoot().getLocale());
    LastError.remember(request, text.code(), correlationId);
    faces.addMessage(null, new CataloguedMessage(text, correlationId));
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
  }

  /**
   * An outcome that did not do what was asked, though nothing failed (codes not consecutive, a
   * third code needed): shown apart from a success, with what to do next in the text.
   */
  public static void warning(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, ""));
  }
}
