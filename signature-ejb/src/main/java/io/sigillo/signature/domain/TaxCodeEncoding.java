package io.sigillo.signature.domain;

import io.sigillo.core.text.CodiceFiscale;
import io.sigillo.signature.api.Sex;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How holder data become the first 15 characters of a codice fiscale (DM 23/12/1976). The checker
 * encodes what the holder typed and compares it with the code, part by part, so each part can be
 * blamed on its own field.
 */
public final class TaxCodeEncoding {

  private static final String VOWELS = "AEIOU";

  private TaxCodeEncoding() {}

  /**
   * Characters 1–3: consonants, then vowels, then X. Only the letters count, so {@code D'ANGELO}
   * and {@code DE LUCA} are read as {@code DANGELO} and {@code DELUCA}.
   */
  public static String surname(String surname) {
    String letters = letters(surname);
    return pad(consonants(letters) + vowels(letters));
  }

  /**
   * Characters 4–6: like the surname, except that a name with four or more consonants takes the
   * first, third and fourth, so that names sharing a prefix still differ.
   */
  public static String givenName(String givenName) {
    String letters = letters(givenName);
    String consonants = consonants(letters);
    if (consonants.length() >= 4) {
      return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
    }
    return pad(consonants + vowels(letters));
  }

  /** Characters 7–8: the last two digits of the year. */
  public static String yearCode(int year) {
    return String.format(Locale.ROOT, "%02d", Math.floorMod(year, 100));
  }

  /** Character 9. */
  public static char monthLetter(int month) {
    return TaxCode.MONTH_LETTERS.charAt(month - 1);
  }

  /** Characters 10–11: the day, plus 40 for women. */
  public static String dayCode(int day, Sex sex) {
    return String.format(Locale.ROOT, "%02d", sex == Sex.FEMALE ? day + 40 : day);
  }

  /** A complete code for these data, check character included, with no omocodia. */
  public static String encode(
      String surname, String givenName, LocalDate birthDate, Sex sex, String cadastralCode) {
    String first15 =
        surname(surname)
            + givenName(givenName)
            + yearCode(birthDate.getYear())
            + monthLetter(birthDate.getMonthValue())
            + dayCode(birthDate.getDayOfMonth(), sex)
            + cadastralCode.toUpperCase(Locale.ROOT);
    return first15 + CodiceFiscale.checkCharacter(first15);
  }

  /**
   * Upper-case A–Z only: accented letters become their base letter ({@code NICOLÒ} → {@code
   * NICOLO}); spaces, apostrophes, hyphens and anything else are dropped.
   */
  static String letters(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  private static String consonants(String letters) {
    StringBuilder out = new StringBuilder();
    letters.chars().filter(c -> VOWELS.indexOf(c) < 0).forEach(c -> out.append((char) c));
    return out.toString();
  }

  private static String vowels(String letters) {
    StringBuilder out = new StringBuilder();
    letters.chars().filter(c -> VOWELS.indexOf(c) >= 0).forEach(c -> out.append((char) c));
    return out.toString();
  }

  private static String pad(String code) {
    return (code + "XXX").substring(0, 3);
  }
}
