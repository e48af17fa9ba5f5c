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
    Locale language =
        locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? Locale.ENGLISH
            : Locale.ROOT;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            SmsTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(purpose.name()), language)
        .format(new Object[] {portal, code, String.valueOf(minutes)});
  }
}
