package io.sigillo.core.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the user-facing text of an {@link ErrorCode} in the requested language. */
public final class ErrorCatalogue {

  private static final String BUNDLE = "io.sigillo.core.error.Errors";

  private ErrorCatalogue() {}

  /** The title, message and next step of a code; Italian unless English is asked for. */
  public static ErrorText describe(ErrorCode code, Locale locale, List<String> arguments) {
    ResourceBundle bundle = bundle(locale);
    Locale format =
        bundle.getLocale().getLanguage().isEmpty() ? Locale.ITALIAN : bundle.getLocale();
    return new ErrorText(
        code.code(),
        text(bundle, code, "title", format, arguments),
        text(bundle, code, "message", format, arguments),
        text(bundle, code, "next", format, arguments));
  }

  public static ErrorText describe(SigilloException error, Locale locale) {
    return describe(error.code(), locale, error.arguments());
  }

  static ResourceBundle bundle(Locale locale) {
    Locale wanted =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        wanted,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String text(
      ResourceBundle bundle, ErrorCode code, String part, Locale format, List<String> arguments) {
    String pattern;
    try {
      pattern = bundle.getString(code.name() + "." + part);
    } catch (MissingResourceException e) {
      pattern = bundle.getString("INTERNAL." + part);
    }
    return new MessageFormat(pattern, format).format(arguments.toArray());
  }

  /** Rendered catalogue text. */
  public record ErrorText(String code, String title, String message, String nextStep) {}
}
