package io.sigillo.signature.api;

/**
 * The fields of {@link HolderData} a finding can point at; {@link #property()} is the record
 * component name, so a form can put the message next to the right input.
 */
public enum HolderField {
  SURNAME("surname"),
  GIVEN_NAME("givenName"),
  SEX("sex"),
  BIRTH_DATE("birthDate"),
  PLACE_OF_BIRTH("placeOfBirth"),
  PROVINCE_OF_BIRTH("provinceOfBirth"),
  CODICE_FISCALE("codiceFiscale");

  private final String property;

  HolderField(String property) {
    this.property = property;
  }

  public String property() {
    return property;
  }
}
