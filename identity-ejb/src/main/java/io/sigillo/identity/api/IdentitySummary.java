package io.sigillo.identity.api;

import java.time.Instant;

/** An identity as the portal shows it. */
public record IdentitySummary(
    long id,
    String username,
    String givenName,
    String surname,
    String email,
    String mobile,
    IdentityStatus status,
    Instant createdAt) {}
