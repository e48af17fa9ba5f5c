package io.sigillo.identity.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One credential as the holder sees it.
 *
 * @param detail what identifies it to the holder without revealing it: a masked number, "app"
 * @param since when it became what it is now (set, activated), when known
 */
public record Credential(
    CredentialKind kind, CredentialState state, String detail, Optional<Instant> since) {}
