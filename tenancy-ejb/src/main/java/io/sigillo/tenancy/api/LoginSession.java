package io.sigillo.tenancy.api;

import java.time.Instant;

/**
 * One of a person's sessions at the login broker that served this tenant's portal, as the person
 * sees it: when it started, when it was last used, and roughly from where (the network, not the
 * address).
 */
public record LoginSession(Instant started, Instant lastAccess, String network) {}
