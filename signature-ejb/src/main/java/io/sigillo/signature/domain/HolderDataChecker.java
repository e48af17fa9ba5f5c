package io.sigillo.signature.domain;

import static io.sigillo.signature.api.HolderField.BIRTH_DATE;
import static io.sigillo.signature.api.HolderField.CODICE_FISCALE;
import static io.sigillo.signature.api.HolderField.GIVEN_NAME;
import static io.sigillo.signature.api.HolderField.SEX;
import static io.sigillo.signature.api.HolderField.SURNAME;

import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.HolderDataFinding;
import io.sigillo.signature.api.HolderField;
import io.sigillo.signature.api.InvalidTaxCodeException;
import io.sigillo.signature.api.SignatureError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Compares holder data with their codice fiscale and says which field disagrees and why.
 *
 * <p>Every part of the code is checked on its own, so one wrong field gives one finding on that
 * field. A code that cannot be read (length, characters, check character) gives a single finding on
 * the code and no comparisons, since any of its parts could be the mistyped one. The place of birth
 * is looked up even then, so a province typed for a municipality or a misspelling is reported
 * regardless. The code holds only two digits of the year, so the year is compared modulo 100.
 */
public final class HolderDataChecker {

  private final BelfioreRegistry registry;
  private final PlaceOfBirthCheck placeOfBirth;

  public HolderDataChecker(BelfioreRegistry registry) {
    this.registry = registry;
    this.placeOfBirth = new PlaceOfBirthCheck(registry, new PlaceSuggester(registry));
  }

  public List<HolderDataFinding> check(HolderData data) {
    List<HolderDataFinding> findings = new ArrayList<>();
    Optional<TaxCode> taxCode = readTaxCode(data.codiceFiscale(), findings);
    checkNames(data, taxCode, findings);
    checkBirthDateAndSex(data, taxCode, findings);
    findings.addAll(
        placeOfBirth.check(data.placeOfBirth(), data.provinceOfBirth(), knownPlace(taxCode)));
    return List.copyOf(findings);
  }

  private Optional<TaxCode> readTaxCode(String value, List<HolderDataFinding> findings) {
    try {
      TaxCode taxCode = TaxCode.parse(value);
      if (registry.byCode(taxCode.cadastralCode()).isEmpty()) {
        findings.add(
            HolderDataFinding.of(
                CODICE_FISCALE, SignatureError.TAX_CODE_UNKNOWN_PLACE, taxCode.cadastralCode()));
      }
      return Optional.of(taxCode);
    } catch (InvalidTaxCodeException e) {
      findings.add(new HolderDataFinding(CODICE_FISCALE, e.error(), e.arguments(), List.of()));
      return Optional.empty();
    }
  }

  /** The code of the place of birth, only when the registry knows it, so it can be compared. */
  private Optional<String> knownPlace(Optional<TaxCode> taxCode) {
    return taxCode.map(TaxCode::cadastralCode).filter(code -> !registry.byCode(code).isEmpty());
  }

  private static void checkNames(
      HolderData data, Optional<TaxCode> taxCode, List<HolderDataFinding> findings) {
    checkName(
        SURNAME,
        data.surname(),
        TaxCodeEncoding::surname,
        taxCode.map(TaxCode::surnameCode),
        SignatureError.SURNAME_MISMATCH,
        findings);
    checkName(
        GIVEN_NAME,
        data.givenName(),
        TaxCodeEncoding::givenName,
        taxCode.map(TaxCode::givenNameCode),
        SignatureError.GIVEN_NAME_MISMATCH,
        findings);
  }

  private static void checkName(
      HolderField field,
      String typed,
      UnaryOperator<String> encoding,
      Optional<String> inTaxCode,
      SignatureError mismatch,
      List<HolderDataFinding> findings) {
    if (isBlank(typed)) {
      findings.add(HolderDataFinding.of(field, SignatureError.FIELD_REQUIRED));
      return;
    }
    String expected = encoding.apply(typed);
    if (inTaxCode.isPresent() && !inTaxCode.get().equals(expected)) {
      findings.add(HolderDataFinding.of(field, mismatch, typed.trim(), expected, inTaxCode.get()));
    }
  }

  private static void checkBirthDateAndSex(
      HolderData data, Optional<TaxCode> taxCode, List<HolderDataFinding> findings) {
    LocalDate date = data.birthDate();
    if (date == null) {
      findings.add(HolderDataFinding.of(BIRTH_DATE, SignatureError.FIELD_REQUIRED));
    } else if (taxCode.isPresent()) {
      checkBirthDate(date, taxCode.get(), findings);
    }
    if (data.sex() == null) {
      findings.add(HolderDataFinding.of(SEX, SignatureError.FIELD_REQUIRED));
    } else if (taxCode.isPresent() && taxCode.get().sex() != data.sex()) {
      findings.add(HolderDataFinding.of(SEX, SignatureError.SEX_MISMATCH, taxCode.get().dayCode()));
    }
  }

  private static void checkBirthDate(
      LocalDate date, TaxCode taxCode, List<HolderDataFinding> findings) {
    if (!TaxCodeEncoding.yearCode(date.getYear()).equals(taxCode.birthYearCode())) {
      findings.add(
          HolderDataFinding.of(
              BIRTH_DATE,
              SignatureError.BIRTH_YEAR_MISMATCH,
              Integer.toString(date.getYear()),
              taxCode.birthYearCode()));
    }
    if (date.getMonthValue() != taxCode.birthMonth()) {
      findings.add(
          HolderDataFinding.of(
              BIRTH_DATE,
              SignatureError.BIRTH_MONTH_MISMATCH,
              date.getMonthValue(),
              taxCode.birthMonthLetter(),
              taxCode.birthMonth()));
    }
    if (date.getDayOfMonth() != taxCode.birthDay()) {
      findings.add(
          HolderDataFinding.of(
              BIRTH_DATE,
              SignatureError.BIRTH_DAY_MISMATCH,
              date.getDayOfMonth(),
              taxCode.dayCode(),
              taxCode.birthDay()));
    }
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
