package io.sigillo.selfcare.view;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.web.RequestCorrelation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * Shows a catalogued error on the page the person is on (a form keeps what they typed): code,
 * title, message, next step and the correlation id, as the error page would.
 */
public final class FacesErrors {

  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  private FacesErrors() {}

  public static void show(SigilloException error) {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String correlationId = RequestCorrelation.of(request);
    LOG.info(() -> "[" + correlationId + "] " + error.code().code() + " " + error.code().name());
    ErrorText text = ErrorCatalogue.describe(error, faces.getViewRoot().getLocale());
    LastError.remember(request, text.code(), correlationId);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            text.code() + " · " + text.title(),
            text.message() + " " + text.nextStep() + " (" + correlationId + ")"));
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
