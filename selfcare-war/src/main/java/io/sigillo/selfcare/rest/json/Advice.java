package io.sigillo.selfcare.rest.json;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.core.error.ErrorCode;
import java.util.List;
import java.util.Locale;

/**
 * What the person should read next to a refused code, unlock or resynchronisation, in their
 * language.
 */
public record Advice(String code, String title, String message, String nextStep) {

  public static Advice of(ErrorCode code, Locale locale, List<String> arguments) {
    ErrorText text = ErrorCatalogue.describe(code, locale, arguments);
    return new Advice(text.code(), text.title(), text.message(), text.nextStep());
  }
}
