package io.sigillo.signature.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A reset of the remote-signature password waiting for the code sent by SMS.
 *
 * @param resetId what the confirmation names
 * @param maskedMobile the number the code went to, all but its last digits hidden
 * @param expiresAt after this the code is refused and a new one is needed
 */
public record PasswordResetStarted(String resetId, String maskedMobile, Instant expiresAt)
    implements Serializable {}
