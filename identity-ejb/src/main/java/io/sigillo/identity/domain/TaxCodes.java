package io.sigillo.identity.domain;

import java.util.regex.Pattern;

/**
 * The form of an Italian tax code (codice fiscale) of a person and its check character. The letters
 * standing for digits (omocodia: L M N P Q R S T U V) are accepted where digits go.
 */
final class TaxCodes {

  private static final Pattern FORM =
      Pattern.compile("[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]");

  /** Values of the characters in odd positions (1st, 3rd, …), digits and letters alike. */
  private static final int[] ODD = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  private TaxCodes() {}

  static boolean wellFormed(String code) {
    return code != null && FORM.matcher(code).matches() && code.charAt(15) == checkCharacter(code);
  }

  /** The 16th character computed from the first fifteen. */
  static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = code.charAt(i);
      int index = Character.isDigit(c) ? c - '0' : c - 'A';
      // positions are counted from 1, so index 0 is an odd position
      sum += i % 2 == 0 ? ODD[index] : index;
    }
    return (char) ('A' + sum % 26);
  }
}
