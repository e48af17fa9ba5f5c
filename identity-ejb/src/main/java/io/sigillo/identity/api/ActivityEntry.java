package io.sigillo.identity.api;

import io.sigillo.core.session.SignIn;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened to a person's identity, credentials, contacts or signature, as the person
 * reads it on their activity page.
 *
 * @param action the audit action, which the page words in the person's language
 * @param byOperator done by the reseller's staff rather than by the person (whose name it keeps)
 * @param signIn for a sign-in, its level, device, client and network
 */
public record ActivityEntry(
    Instant at, ActivityKind kind, String action, boolean byOperator, Optional<SignIn> signIn) {}
