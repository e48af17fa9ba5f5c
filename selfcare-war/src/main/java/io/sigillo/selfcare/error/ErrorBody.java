package io.sigillo.selfcare.error;

import io.sigillo.core.error.ErrorCatalogue.ErrorText;

/** The JSON body of every API error. */
public record ErrorBody(
    String code, String title, String message, String nextStep, String correlationId) {

  public static ErrorBody of(ErrorText text, String correlationId) {
    return new ErrorBody(text.code(), text.title(), text.message(), text.nextStep(), correlationId);
  }
}
