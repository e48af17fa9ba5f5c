package io.sigillo.signature.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A replacement of the signature device waiting for the code sent to the holder's verified mobile
 * and the proof of the new device.
 *
 * @param challengeId the SMS code's challenge, to present the code against
 * @param maskedDestination where the code went, mostly hidden
 */
public record DeviceReplacementStarted(
    String challengeId, String maskedDestination, Instant expiresAt) implements Serializable {}
