package io.sigillo.identity.api;

import java.util.Optional;

/**
 * The outcome of the contact codes of an enrolment, an answer rather than an exception so that a
 * wrong code is counted. A contact proven once stays proven: its code is not asked again.
 *
 * @param mobile the outcome of the SMS code, empty when the mobile was already proven
 * @param email the outcome of the e-mail code, empty when the address was already proven
 */
public record ContactConfirmation(
    IdentitySummary identity, Optional<CodeOutcome> mobile, Optional<CodeOutcome> email) {

  /** Both contacts proven: the identity is active and the activation e-mail is on its way. */
  public boolean complete() {
    return identity.status() == IdentityStatus.ACTIVE;
  }
}
