package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The holder data as a form sends them, every field a string. Missing or blank fields are for the
 * check to report, field by field; only values that cannot be read at all (a date that is not a
 * date, a sex other than M or F) are refused here.
 */
public record HolderDataForm(
    String surname,
    String givenName,
    String sex,
    String birthDate,
    String placeOfBirth,
    String provinceOfBirth,
    String codiceFiscale) {

  HolderData toHolderData() {
    return new HolderData(
        surname,
        givenName,
        parsedSex(),
        parsedBirthDate(),
        placeOfBirth,
        provinceOfBirth,
        codiceFiscale);
  }

  private Sex parsedSex() {
    if (blank(sex)) {
      return null;
    }
    return switch (sex.trim().toUpperCase(Locale.ROOT)) {
      case "M" -> Sex.MALE;
      case "F" -> Sex.FEMALE;
      default -> throw new SigilloException(PlatformError.VALIDATION, "sex", "M | F");
    };
  }

  private LocalDate parsedBirthDate() {
    if (blank(birthDate)) {
      return null;
    }
    try {
      return LocalDate.parse(birthDate.trim());
    } catch (DateTimeParseException e) {
      throw new SigilloException(PlatformError.VALIDATION, "birthDate", "yyyy-mm-dd");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
