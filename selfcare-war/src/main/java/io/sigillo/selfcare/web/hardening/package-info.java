/**
 * What every portal response carries so that a browser treats it as a bank's portal would want:
 * security headers (CSP without inline script, nosniff, referrer policy, HSTS on TLS, no-store),
 * session cookies with {@code Secure}, {@code HttpOnly} and {@code SameSite=Lax}, and the refusal
 * of cross-site requests to the API that ride on the session cookie.
 */
package io.sigillo.selfcare.web.hardening;
