package io.sigillo.signature.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Holder data as typed into an order or renewal form, before any check; any component may be null
 * or blank, which the check reports as a missing field.
 *
 * @param placeOfBirth the municipality of birth, or the foreign state for people born abroad
 * @param provinceOfBirth the province (sigla such as {@code RM} or name) of the municipality; may
 *     be left empty, and is not needed for a foreign state
 */
public record HolderData(
    String surname,
    String givenName,
    Sex sex,
    LocalDate birthDate,
    String placeOfBirth,
    String provinceOfBirth,
    String codiceFiscale)
    implements Serializable {}
