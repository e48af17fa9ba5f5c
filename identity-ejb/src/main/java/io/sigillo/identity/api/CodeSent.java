package io.sigillo.identity.api;

import java.time.Instant;

/**
 * A one-time code on its way, by SMS or e-mail. The code itself is never returned.
 *
 * @param challengeId what the code is checked against
 * @param maskedDestination the number or address with most of it hidden, to show the person
 */
public record CodeSent(
    String challengeId,
    CodeChannel channel,
    String maskedDestination,
    Instant expiresAt,
    Instant resendAvailableAt,
    int attemptsAllowed) {}
