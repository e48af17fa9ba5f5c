package io.sigillo.selfcare.security;

import io.sigillo.core.tenant.TenantId;
import java.time.Instant;

/**
 * A login that went to Keycloak and has not come back yet: what the callback must find again
 * (state, nonce, PKCE verifier) and where to return. Kept in the browser, in the encrypted {@link
 * PendingLoginCookie}, so starting a login creates no session. {@code levelTwo}: SPID level 2 was
 * asked, so an answer without it is refused.
 */
record PendingLogin(
    TenantId tenant,
    String state,
    String nonce,
    String codeVerifier,
    String redirectUri,
    String returnTo,
    Instant started,
    boolean levelTwo) {}
