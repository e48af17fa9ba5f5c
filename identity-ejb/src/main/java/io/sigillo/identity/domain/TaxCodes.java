package io.sigillo.identity.domain;

import io.sigillo.core.text.CodiceFiscale;
import java.util.regex.Pattern;

/**
 * The form of an Italian tax code (codice fiscale) of a person; its check character is {@link
 * CodiceFiscale}'s. The letters standing for digits (omocodia: L M N P Q R S T U V) are accepted
 * where digits go.
 */
final class TaxCodes {

  private static final Pattern FORM =
      Pattern.compile("[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]");

  private TaxCodes() {}

  static boolean wellFormed(String code) {
    return code != null
        && FORM.matcher(code).matches()
        && code.charAt(15) == CodiceFiscale.checkCharacter(code);
  }
}
