package io.sigillo.core.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the user-facing text of an {@link ErrorCode} in the requested language. */
public final class ErrorCatalogue {

  private ErrorCatalogue() {}

  /** The title, message and next step of a code; Italian unless English is asked for. */
  public static ErrorText describe(ErrorCode code, Locale locale, List<String> arguments) {
    Locale format = isEnglish(locale) ? Locale.ENGLISH : Locale.ITALIAN;
    ResourceBundle bundle = bundle(code.bundle(), format);
    return new ErrorText(
        code.code(),
        text(bundle, code, "title", format, arguments),
        text(bundle, code, "message", format, arguments),
        text(bundle, code, "next", format, arguments));
  }

  public static ErrorText describe(SigilloException error, Locale locale) {
    return describe(error.code(), locale, error.arguments());
  }

  /**
   * A module's bundle in Italian (the root bundle) or English. Loaded through the context class
   * loader, which sees every module's bundles both in the EAR and in the micro WAR.
   */
  public static ResourceBundle bundle(String baseName, Locale locale) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return ResourceBundle.getBundle(
        baseName,
        isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT,
        loader != null ? loader : ErrorCatalogue.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  private static String text(
      ResourceBundle bundle, ErrorCode code, String part, Locale format, List<String> arguments) {
    String pattern;
    try {
      pattern = bundle.getString(code.name() + "." + part);
    } catch (MissingResourceException e) {
      pattern = bundle(PlatformError.INTERNAL.bundle(), format).getString("INTERNAL." + part);
    }
    return new MessageFormat(pattern, format).format(arguments.toArray());
  }

  /** Rendered catalogue text. */
  public record ErrorText(String code, String title, String message, String nextStep) {}
}
