package io.sigillo.signature.domain;

import io.sigillo.core.text.CodiceFiscale;
import io.sigillo.signature.api.InvalidTaxCodeException;
import io.sigillo.signature.api.Sex;
import io.sigillo.signature.api.SignatureError;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A well-formed codice fiscale of a natural person: 16 characters whose check character is right.
 *
 * <p>When two people would get the same code, the Agenzia delle Entrate replaces digits, from the
 * right, with letters (omocodia: 0→L, 1→M, … 9→V). Such a code is the person's real code, so it is
 * kept as typed in {@link #value()} and its check character is verified on that form; the accessors
 * for birth data and place read the de-omocodised {@link #canonical()} form. Any set of the seven
 * digit positions is accepted as substituted, not only a suffix, because rejecting a code a person
 * actually holds is worse than accepting an unusual one.
 */
public final class TaxCode implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LENGTH = 16;

  /** Month letters, January first; the gaps avoid letters easily mistaken for digits. */
  static final String MONTH_LETTERS = "ABCDEHLMPRST";

  /** Letters that stand for the digits 0 to 9 in an omocode. */
  static final String OMOCODIA_LETTERS = "LMNPQRSTUV";

  /** 1-based positions that hold digits in a canonical code and may hold omocodia letters. */
  private static final int[] DIGIT_POSITIONS = {7, 8, 10, 11, 13, 14, 15};

  private final String value;
  private final String canonical;
  private final SortedSet<Integer> substitutedPositions;

  private TaxCode(String value, String canonical, SortedSet<Integer> substitutedPositions) {
    this.value = value;
    this.canonical = canonical;
    this.substitutedPositions = Collections.unmodifiableSortedSet(substitutedPositions);
  }

  /**
   * Trims, removes inner spaces (people copy the code from cards printed in groups) and
   * upper-cases, then validates structure, month, day and check character, in that order so the
   * first reason given is the most precise one.
   *
   * @throws InvalidTaxCodeException saying which rule failed and where
   */
  public static TaxCode parse(String input) {
    String value = input == null ? "" : input.replaceAll("[\\s\\p{Z}]+", "");
    value = value.toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new InvalidTaxCodeException(SignatureError.FIELD_REQUIRED);
    }
    if (value.length() != LENGTH) {
      throw new InvalidTaxCodeException(SignatureError.TAX_CODE_LENGTH, value.length());
    }
    SortedSet<Integer> substituted = new TreeSet<>();
    StringBuilder canonical = deOmocodise(value, substituted);
    requireExistingMonthAndDay(canonical);
    char expected = CodiceFiscale.checkCharacter(value.substring(0, LENGTH - 1));
    if (value.charAt(LENGTH - 1) != expected) {
      throw new InvalidTaxCodeException(
          SignatureError.TAX_CODE_CHECK_CHARACTER,
          String.valueOf(expected),
          String.valueOf(value.charAt(LENGTH - 1)));
    }
    canonical.setCharAt(
        LENGTH - 1, CodiceFiscale.checkCharacter(canonical.substring(0, LENGTH - 1)));
    return new TaxCode(value, canonical.toString(), substituted);
  }

  /**
   * Checks each position holds a letter or a digit as it should, and returns the code with any
   * omocodia letter turned back into its digit, recording where.
   */
  private static StringBuilder deOmocodise(String value, SortedSet<Integer> substituted) {
    StringBuilder canonical = new StringBuilder(value);
    for (int position = 1; position <= LENGTH; position++) {
      char c = value.charAt(position - 1);
      if (isDigitPosition(position)) {
        int omocodia = OMOCODIA_LETTERS.indexOf(c);
        if (omocodia >= 0) {
          canonical.setCharAt(position - 1, (char) ('0' + omocodia));
          substituted.add(position);
        } else if (c < '0' || c > '9') {
          throw new InvalidTaxCodeException(
              SignatureError.TAX_CODE_DIGIT_EXPECTED, position, String.valueOf(c));
        }
      } else if (!isAsciiLetter(c)) {
        throw new InvalidTaxCodeException(
            SignatureError.TAX_CODE_LETTER_EXPECTED, position, String.valueOf(c));
      }
    }
    return canonical;
  }

  private static void requireExistingMonthAndDay(CharSequence canonical) {
    int month = MONTH_LETTERS.indexOf(canonical.charAt(8)) + 1;
    if (month == 0) {
      throw new InvalidTaxCodeException(
          SignatureError.TAX_CODE_MONTH_LETTER, String.valueOf(canonical.charAt(8)));
    }
    String dayCode = canonical.subSequence(9, 11).toString();
    int day = Integer.parseInt(dayCode);
    if (!isValidDay(day > 40 ? day - 40 : day, month)) {
      throw new InvalidTaxCodeException(SignatureError.TAX_CODE_DAY, dayCode);
    }
  }

  private static boolean isDigitPosition(int position) {
    for (int p : DIGIT_POSITIONS) {
      if (p == position) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** February allows 29 because the century, and so the leap year, is not in the code. */
  private static boolean isValidDay(int day, int month) {
    int max =
        switch (month) {
          case 2 -> 29;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    return day >= 1 && day <= max;
  }

  /** The code as the holder has it (normalised), omocodia letters included. */
  public String value() {
    return value;
  }

  /**
   * The same code with every omocodia letter turned back into its digit and the check recomputed.
   */
  public String canonical() {
    return canonical;
  }

  /** Characters 1–3. */
  public String surnameCode() {
    return canonical.substring(0, 3);
  }

  /** Characters 4–6. */
  public String givenNameCode() {
    return canonical.substring(3, 6);
  }

  /** Characters 7–8 as digits, e.g. {@code 85}; the century is not in the code. */
  public String birthYearCode() {
    return canonical.substring(6, 8);
  }

  public int birthYearOfCentury() {
    return Integer.parseInt(birthYearCode());
  }

  /** Character 9. */
  public char birthMonthLetter() {
    return canonical.charAt(8);
  }

  /** 1 to 12. */
  public int birthMonth() {
    return MONTH_LETTERS.indexOf(birthMonthLetter()) + 1;
  }

  /** Characters 10–11 as digits: the day of birth, plus 40 for women. */
  public String dayCode() {
    return canonical.substring(9, 11);
  }

  public int birthDay() {
    int day = Integer.parseInt(dayCode());
    return day > 40 ? day - 40 : day;
  }

  public Sex sex() {
    return Integer.parseInt(dayCode()) > 40 ? Sex.FEMALE : Sex.MALE;
  }

  /** Characters 12–15: the Belfiore code of the municipality or foreign state of birth. */
  public String cadastralCode() {
    return canonical.substring(11, 15);
  }

  /** 1-based positions that held an omocodia letter; empty for an ordinary code. */
  public SortedSet<Integer> substitutedPositions() {
    return substitutedPositions;
  }

  public boolean isOmocode() {
    return !substitutedPositions.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaxCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
