package io.sigillo.core.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provider verified about a person at identification (or later through a code sent to a
 * contact). A component is empty when the identity does not have it or has it unverified.
 *
 * @param mobile the verified mobile number in E.164 form
 * @param email the verified e-mail address
 */
public record VerifiedPerson(
    String username,
    String givenName,
    String surname,
    Optional<String> codiceFiscale,
    Optional<LocalDate> birthDate,
    Optional<String> mobile,
    Optional<String> email) {

  public VerifiedPerson {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(surname, "surname");
    codiceFiscale = Objects.requireNonNullElse(codiceFiscale, Optional.empty());
    birthDate = Objects.requireNonNullElse(birthDate, Optional.empty());
    mobile = Objects.requireNonNullElse(mobile, Optional.empty());
    email = Objects.requireNonNullElse(email, Optional.empty());
  }

  @Override
  public String toString() {
    return "VerifiedPerson[" + username + "]";
  }
}
