package io.sigillo.otp.api;

import java.time.Instant;

/**
 * A code on its way to a phone. The code itself is never returned: only the person who has the
 * phone knows it.
 *
 * @param challengeId the random id to present the code against
 * @param maskedMobile the number with all but its last three digits hidden, to show the person
 * @param expiresAt after this the code is refused as expired
 * @param resendAvailableAt from this moment another code may be asked for
 * @param attemptsAllowed wrong codes tolerated before the challenge is exhausted
 * @param messageId the id the SMS gateway gave the message, for support
 */
public record SmsChallenge(
    String challengeId,
    SmsPurpose purpose,
    String maskedMobile,
    Instant expiresAt,
    Instant resendAvailableAt,
    int attemptsAllowed,
    String messageId) {}
