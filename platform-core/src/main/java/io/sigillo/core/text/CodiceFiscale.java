package io.sigillo.core.text;

/**
 * The check character of an Italian codice fiscale (DM 23/12/1976, annex): characters in odd
 * positions (1st, 3rd, …) weighted by the official table, those in even positions by their plain
 * value (0–9, A=0…Z=25), the sum modulo 26 as a letter. The identity and signature modules both
 * check tax codes; they compute this character here so the two can never disagree.
 */
public final class CodiceFiscale {

  /** Values of 0–9 then A–Z in odd positions; a digit counts as the letter of the same place. */
  private static final int[] ODD_VALUES = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
    12, 14, 16, 10, 22, 25, 24, 23
  };

  private static final int CHECKED = 15;

  private CodiceFiscale() {}

  /**
   * The 16th character computed from the first fifteen of {@code code} (a sixteenth, if given, is
   * ignored), upper-case digits and letters only: omocodia letters count as the letters they are.
   *
   * @throws IllegalArgumentException for fewer than 15 or more than 16 characters, or a character
   *     that is not 0–9 or A–Z
   */
  public static char checkCharacter(CharSequence code) {
    if (code.length() != CHECKED && code.length() != CHECKED + 1) {
      throw new IllegalArgumentException("expected 15 or 16 characters, got " + code.length());
    }
    int sum = 0;
    for (int i = 0; i < CHECKED; i++) {
      int index = alphanumericIndex(code.charAt(i));
      // positions are counted from 1, so index 0 is an odd position
      sum += i % 2 == 0 ? ODD_VALUES[index] : index < 10 ? index : index - 10;
    }
    return (char) ('A' + sum % 26);
  }

  private static int alphanumericIndex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return 10 + c - 'A';
    }
    throw new IllegalArgumentException("not a tax-code character: " + c);
  }
}
