package io.sigillo.otp.application;

import io.sigillo.otp.api.SmsPurpose;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of a code's SMS, in Italian or English, naming the portal and what the code is for, so a
 * code asked for by someone else reads as what it is.
 */
final class SmsTexts {

  static final String BUNDLE = "io.sigillo.otp.application.SmsTexts";

  private SmsTexts() {}

  static String text(Locale locale, String portal, SmsPurpose purpose, String code, long minutes) {
    return format(BUNDLE, locale, purpose.name(), portal, code, String.valueOf(minutes));
  }

  /**
   * A text of one of this module's bundles in English for an English locale, else in Italian (the
   * bundle's default), its {@code {n}} filled in.
   */
  static String format(String bundleName, Locale locale, String key, Object... arguments) {
    Locale language =
        locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? Locale.ENGLISH
            : Locale.ROOT;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            bundleName,
            language,
            SmsTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), language).format(arguments);
  }
}
