package io.sigillo.it.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The operator's enrolment form ({@code /operator/enrol.xhtml}) as the ITs fill it. */
public final class EnrolmentForms {

  private EnrolmentForms() {}

  /** The form for Mario Rossi, born in Rome on 1 January 1980, with these contacts. */
  public static Map<String, String> marioRossi(String username, String email, String mobile) {
    Map<String, String> form = new HashMap<>();
    form.put("username", username);
    form.put("givenName", "Mario");
    form.put("surname", "Rossi");
    form.put("sex", "M");
    form.put("birthDate", "1980-01-01");
    form.put("placeOfBirth", "Roma");
    form.put("provinceOfBirth", "RM");
    form.put("codiceFiscale", "RSSMRA80A01H501U");
    form.put("email", email);
    form.put("mobile", mobile);
    form.put("method", "IN_PERSON");
    form.put("documentType", "IDENTITY_CARD");
    form.put("documentNumber", "CA12345AB");
    form.put("documentIssuer", "Comune di Roma");
    form.put("documentExpiry", LocalDate.now().plusYears(3).toString());
    return form;
  }
}
