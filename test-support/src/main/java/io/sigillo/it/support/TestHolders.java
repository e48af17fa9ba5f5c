package io.sigillo.it.support;

import java.time.LocalDate;

/**
 * People whose holder data agree with their codice fiscale (the codes were computed with an
 * implementation of the encoding separate from the registry's; see signature-ejb's {@code
 * TaxCodeEncodingTest}), for every test that needs a consistent holder: the signature module's unit
 * tests build its {@code HolderData} from them, the API tests send {@link Person#json()}.
 */
public final class TestHolders {

  /**
   * A person's holder data as the forms and the API carry them: {@code sex} is {@code "F"} or
   * {@code "M"}, the birth date ISO. A test that wants data which disagree makes one with other
   * values.
   */
  public record Person(
      String surname,
      String givenName,
      String sex,
      LocalDate birthDate,
      String placeOfBirth,
      String provinceOfBirth,
      String codiceFiscale) {

    /** The body {@code /api/holder-data/check} takes. */
    public String json() {
      return "{" + fields() + "}";
    }

    /** The body of a remote-signature order ({@code POST /api/signature/holder}). */
    public String order(String mobile, String email, String password) {
      return "{%s,\"mobile\":\"%s\",\"email\":\"%s\",\"password\":\"%s\"}"
          .formatted(fields(), mobile, email, password);
    }

    private String fields() {
      return ("\"surname\":\"%s\",\"givenName\":\"%s\",\"sex\":\"%s\",\"birthDate\":\"%s\","
              + "\"placeOfBirth\":\"%s\",\"provinceOfBirth\":\"%s\",\"codiceFiscale\":\"%s\"")
          .formatted(
              surname, givenName, sex, birthDate, placeOfBirth, provinceOfBirth, codiceFiscale);
    }
  }

  /** Anna Bianchi, born in Rome on 5 March 1990. */
  public static final Person ANNA =
      new Person(
          "Bianchi", "Anna", "F", LocalDate.of(1990, 3, 5), "Roma", "RM", "BNCNNA90C45H501K");

  /** Mario Rossi, born in Bagni San Giuliano (Pisa) on 10 December 1985. */
  public static final Person MARIO =
      new Person(
          "Rossi",
          "Mario",
          "M",
          LocalDate.of(1985, 12, 10),
          "Bagni San Giuliano",
          "PI",
          "RSSMRA85T10A562S");

  private TestHolders() {}
}
