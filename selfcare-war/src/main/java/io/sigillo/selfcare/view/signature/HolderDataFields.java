package io.sigillo.selfcare.view.signature;

import io.sigillo.signature.api.HolderData;
import io.sigillo.signature.api.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The holder-data inputs of a form, as typed. An unreadable date is left empty so that the check
 * reports the birth date field, like any other missing value.
 */
public class HolderDataFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String surname;
  private String givenName;
  private String sex;
  private String birthDate;
  private String placeOfBirth;
  private String provinceOfBirth;
  private String codiceFiscale;

  HolderData toHolderData() {
    return new HolderData(
        surname,
        givenName,
        "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : null,
        date(),
        placeOfBirth,
        provinceOfBirth,
        codiceFiscale);
  }

  static HolderDataFields of(HolderData data) {
    HolderDataFields fields = new HolderDataFields();
    fields.surname = data.surname();
    fields.givenName = data.givenName();
    fields.sex = data.sex() == null ? null : data.sex() == Sex.FEMALE ? "F" : "M";
    fields.birthDate = data.birthDate() == null ? null : data.birthDate().toString();
    fields.placeOfBirth = data.placeOfBirth();
    fields.provinceOfBirth = data.provinceOfBirth();
    fields.codiceFiscale = data.codiceFiscale();
    return fields;
  }

  private LocalDate date() {
    try {
      return birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getPlaceOfBirth() {
    return placeOfBirth;
  }

  public void setPlaceOfBirth(String placeOfBirth) {
    this.placeOfBirth = placeOfBirth;
  }

  public String getProvinceOfBirth() {
    return provinceOfBirth;
  }

  public void setProvinceOfBirth(String provinceOfBirth) {
    this.provinceOfBirth = provinceOfBirth;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }
}
