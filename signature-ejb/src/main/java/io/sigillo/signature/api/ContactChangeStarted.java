package io.sigillo.signature.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contact change waiting for the code sent to the new contact and an OTP of the signature device.
 *
 * @param changeId random, to present the code against
 * @param maskedDestination where the code went, mostly hidden
 */
public record ContactChangeStarted(
    String changeId, ContactKind kind, String maskedDestination, Instant expiresAt)
    implements Serializable {}
