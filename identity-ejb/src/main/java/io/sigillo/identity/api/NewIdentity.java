package io.sigillo.identity.api;

import java.time.LocalDate;

/**
 * What is needed to register an identity. The contacts given here are the ones the provider checked
 * at identification, so they are registered as verified.
 *
 * @param codiceFiscale the person's tax code, optional for identities registered before it was
 *     asked
 * @param birthDate optional for the same reason
 */
public record NewIdentity(
    String username,
    String givenName,
    String surname,
    String email,
    String mobile,
    String codiceFiscale,
    LocalDate birthDate) {

  /** An identity without personal data beyond the name (older registrations, tests). */
  public NewIdentity(
      String username, String givenName, String surname, String email, String mobile) {
    this(username, givenName, surname, email, mobile, null, null);
  }
}
