/**
 * Keycloak's "Sigillo level 2" step: an authenticator of the browser flow that, after the password,
 * asks for a code of the person's OTP app or one sent by SMS and has Sigillo's OTP registry decide
 * over its REST API ({@code /api/level-two/{tenant}/...}), authenticated as the confidential client
 * {@code sigillo-level-two}. The registry stays the one place that knows replays, lockout, clock
 * drift and SMS limits; this package only shows its answers, each on its own page of the login
 * theme, and lets the flow go on only after {@code ACCEPTED}.
 *
 * <p>The jar runs inside Keycloak (Java 17 bytecode, Keycloak's flat class loader): it uses the
 * JDK's HTTP client and Keycloak's own Jackson and jboss-logging, and bundles nothing.
 */
package io.sigillo.keycloak.leveltwo;
