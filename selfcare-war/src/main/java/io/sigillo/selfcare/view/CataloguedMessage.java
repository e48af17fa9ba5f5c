package io.sigillo.selfcare.view;

import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import jakarta.faces.application.FacesMessage;

/**
 * A catalogued error as a Faces message that keeps its parts apart: title, what happened, what to
 * do, code and correlation id. {@link SentenceMessagesRenderer} shows each as its own sentence; the
 * plain summary and detail (the parts joined) remain for any other renderer.
 */
public class CataloguedMessage extends FacesMessage {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String title;
  private final String happened;
  private final String nextStep;
  private final String correlationId;

  public CataloguedMessage(ErrorText text, String correlationId) {
    super(
        SEVERITY_ERROR,
        text.code() + " · " + text.title(),
        text.message() + " " + text.nextStep() + " (" + correlationId + ")");
    this.code = text.code();
    this.title = text.title();
    this.happened = text.message();
    this.nextStep = text.nextStep();
    this.correlationId = correlationId;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  /** What happened: the catalogue's message. */
  public String happened() {
    return happened;
  }

  public String nextStep() {
    return nextStep;
  }

  public String correlationId() {
    return correlationId;
  }
}
