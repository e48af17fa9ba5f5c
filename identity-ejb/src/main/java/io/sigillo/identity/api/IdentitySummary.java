package io.sigillo.identity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An identity as the portal shows it.
 *
 * @param secondFactor whether level-2 codes are accepted, or suspended since a recovery
 * @param l2UseNotice whether every level-2 login is notified by e-mail
 */
public record IdentitySummary(
    long id,
    String username,
    String givenName,
    String surname,
    String email,
    String mobile,
    IdentityStatus status,
    Instant createdAt,
    Optional<String> codiceFiscale,
    Optional<LocalDate> birthDate,
    boolean emailVerified,
    boolean mobileVerified,
    SecondFactorStatus secondFactor,
    boolean l2UseNotice) {}
