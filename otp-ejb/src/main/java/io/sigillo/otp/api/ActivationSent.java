package io.sigillo.otp.api;

import java.time.Instant;

/**
 * A link on its way.
 *
 * @param maskedEmail the address, masked, for the page to say where to look
 * @param expiresAt after this the link opens nothing
 */
public record ActivationSent(String maskedEmail, Instant expiresAt) {}
