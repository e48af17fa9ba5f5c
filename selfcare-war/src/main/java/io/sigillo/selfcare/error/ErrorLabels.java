package io.sigillo.selfcare.error;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words that frame a catalogued error wherever it is shown (the error page, a message on a
 * Faces page): "What to do:", "Error code", "Correlation id". From the portal's own bundle, read
 * without Faces, because the error page must work when Faces is what failed.
 */
public final class ErrorLabels {

  private static final String BUNDLE = "io.sigillo.selfcare.i18n.Messages";

  private final ResourceBundle bundle;

  private ErrorLabels(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static ErrorLabels of(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new ErrorLabels(
        ResourceBundle.getBundle(
            BUNDLE,
            english ? Locale.ENGLISH : Locale.ITALIAN,
            loader != null ? loader : ErrorLabels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  public String whatToDo() {
    return bundle.getString("error.whatToDo");
  }

  public String errorCode() {
    return bundle.getString("error.code");
  }

  public String correlationId() {
    return bundle.getString("error.correlationId");
  }
}
