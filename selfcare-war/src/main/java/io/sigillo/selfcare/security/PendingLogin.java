package io.sigillo.selfcare.security;

import io.sigillo.core.tenant.TenantId;
import java.io.Serializable;
import java.time.Instant;

/**
 * A login that went to Keycloak and has not come back yet: what the callback must find again
 * (state, nonce, PKCE verifier) and where to return. Kept in the pre-login session only.
 */
record PendingLogin(
    TenantId tenant,
    String state,
    String nonce,
    String codeVerifier,
    String redirectUri,
    String returnTo,
    Instant started)
    implements Serializable {}
