package io.sigillo.identity.api;

import java.time.LocalDate;

/**
 * A customer enrolled by an operator: the personal data, checked against the codice fiscale; the
 * contacts, verified afterwards by the codes sent to them; and the identity-proofing record.
 *
 * @param sex {@code M} or {@code F}, as in the codice fiscale
 * @param placeOfBirth the municipality of birth, or the foreign state for people born abroad
 * @param provinceOfBirth the province of the municipality (may be empty; not for a foreign state)
 */
public record NewEnrolment(
    String username,
    String givenName,
    String surname,
    String sex,
    LocalDate birthDate,
    String placeOfBirth,
    String provinceOfBirth,
    String codiceFiscale,
    String email,
    String mobile,
    ProofingMethod method,
    DocumentType documentType,
    String documentNumber,
    String documentIssuer,
    LocalDate documentExpiry) {}
